import type { Nodes, Paragraph } from "mdast";
import { walkTree } from "../../../model/markdown/walk-tree.js";
import type { MarkdownDocument } from "../../../model/types.js";
import { parseMarkdownText } from "../markdown/render-markdown.js";

/** Characters of a search result's text: a line or two under its title, and a small index. */
export const SUMMARY_LENGTH = 110;

/**
 * The first paragraph of `markdown` as plain text, cut at a word to `max` characters: what a search
 * result shows under its title, and what it is found by besides the title.
 *
 * `markdown` is usually a slice of `doc` (a body, an Impact section), so the loader's tree is read
 * where the slice lies and nothing is parsed again; only text the file does not hold (generated
 * by a layout) is parsed on its own.
 */
export function summaryText(
  doc: MarkdownDocument | undefined,
  markdown: string,
  max = SUMMARY_LENGTH,
): string {
  if (!markdown.trim()) return "";
  const start = doc ? doc.text.lastIndexOf(markdown) : -1;
  const found =
    doc && start >= 0
      ? firstParagraph(doc.tree, start, start + markdown.length)
      : firstParagraph(parseMarkdownText(markdown), 0, markdown.length);
  return found ? clip(found, max) : "";
}

/** The text of the first paragraph wholly inside [start, end) that says something in words. */
function firstParagraph(tree: Nodes, start: number, end: number): string | undefined {
  let text: string | undefined;
  walkTree(tree, (node) => {
    if (text !== undefined) return false;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (node.type === "root") return true;
    if (from === undefined || to === undefined || to <= start || from >= end) return false;
    // Tables and code say little in a line; a paragraph in a list or a quote will do.
    if (node.type === "table" || node.type === "code" || node.type === "html") return false;
    if (node.type !== "paragraph") return true;
    if (from < start || to > end) return false;
    const words = plain(node);
    if (/[\p{L}\p{N}]/u.test(words)) text = words;
    return false;
  });
  return text;
}

/**
 * A paragraph's text on one line, as its page shows it: raw HTML is dropped there (and so here),
 * and rust-project-goals' `(((placeholders)))` become tables there, so nothing here.
 */
function plain(node: Paragraph): string {
  let text = "";
  walkTree(node, (n) => {
    if (n.type === "html") return false;
    if (n.type === "text" || n.type === "inlineCode") text += n.value;
    if (n.type === "break") text += " ";
    return true;
  });
  return text
    .replace(/\({3}[^)]*\){3}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
