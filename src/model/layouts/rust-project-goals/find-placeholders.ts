import type { Nodes, Root } from "mdast";
import { parseMarkdownPart } from "../../../load/parse-markdown.js";
import { walkTree } from "../../markdown/walk-tree.js";
import { PLACEHOLDER } from "./placeholders.js";

/** A `(((…)))` written in Markdown: where it starts, what it says, and what is inside the parens. */
export interface PlaceholderAt {
  index: number;
  text: string;
  inside: string;
}

/**
 * The placeholders of a Markdown text, outside code (and front matter): the book leaves `(((GOALS)))` in a code span
 * or a code block as it is written, so documentation can quote one. `tree` is the text's parse,
 * whose offsets index `text`; without one the text is parsed here (a part of a file: never
 * memoised, so it does not replace the file's own entry in a parse cache).
 */
export function findPlaceholders(text: string, tree?: Root): PlaceholderAt[] {
  if (!text.includes("(((")) return [];
  const root = tree ?? parseMarkdownPart(text);
  const code: [number, number][] = [];
  walkTree(root, (node: Nodes) => {
    if (node.type !== "code" && node.type !== "inlineCode" && node.type !== "yaml") return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) code.push([start, end]);
  });
  const inCode = (at: number) => code.some(([start, end]) => at >= start && at < end);
  return [...text.matchAll(PLACEHOLDER)]
    .filter((m) => !inCode(m.index))
    .map((m) => ({ index: m.index, text: m[0], inside: m[1]! }));
}
