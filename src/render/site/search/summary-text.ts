import type { Nodes, Paragraph } from "mdast";
import { walkTree } from "../../../model/markdown/walk-tree.js";
import type { MarkdownDocument } from "../../../model/types.js";
import { parseMarkdownText } from "../markdown/render-markdown.js";

/** Characters of a search result's text: a line or two under its title, and a small index. */
export const SUMMARY_LENGTH = 110;

/** Paragraphs a summary is chosen from: the first one or two usually say what a page is about. */
export const LEAD_PARAGRAPHS = 3;

/**
 * The first paragraphs of `markdown` that say something in words, as plain text on one line:
 * what a search result's text is chosen from (see searchDocuments), and what it is found by
 * besides its title.
 *
 * `markdown` is usually a slice of `doc` (a body, an Impact section), so the loader's tree is read
 * where the slice lies and nothing is parsed again; only text the file does not hold (generated
 * by a layout) is parsed on its own.
 */
export function leadParagraphs(
  doc: MarkdownDocument | undefined,
  markdown: string,
  count = LEAD_PARAGRAPHS,
): string[] {
  if (!markdown.trim()) return [];
  const start = doc ? doc.text.lastIndexOf(markdown) : -1;
  return doc && start >= 0
    ? paragraphs(doc.tree, start, start + markdown.length, count)
    : paragraphs(parseMarkdownText(markdown), 0, markdown.length, count);
}

/** The texts of the first `count` paragraphs wholly inside [start, end) that have words. */
function paragraphs(tree: Nodes, start: number, end: number, count: number): string[] {
  const texts: string[] = [];
  walkTree(tree, (node) => {
    if (texts.length >= count) return false;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (node.type === "root") return true;
    if (from === undefined || to === undefined || to <= start || from >= end) return false;
    // Tables and code say little in a line; a paragraph in a list or a quote will do.
    if (node.type === "table" || node.type === "code" || node.type === "html") return false;
    if (node.type !== "paragraph") return true;
    if (from < start || to > end) return false;
    const words = plain(node);
    if (/[\p{L}\p{N}]/u.test(words)) texts.push(words);
    return false;
  });
  return texts;
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

/** `text` cut at a word to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = SUMMARY_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
