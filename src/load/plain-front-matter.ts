import type { Yaml } from "mdast";
import { acrossLines, type Line } from "./plain-text.js";

const CLOSE = /^---[ \t]*$/;

/**
 * Front matter as remark-frontmatter reads it, when its fences are exactly `---`: the text up to
 * the first line that closes it (a `---` that trailing spaces follow closes it too, so such a
 * line leaves the whole to micromark). Returns the node and its last line.
 */
export function readFrontMatter(
  text: string,
  first: Line,
  next: (after: Line) => Line | undefined,
): { node: Yaml; last: Line } | undefined {
  if (first.end - first.start !== 3 || !text.startsWith("---")) return undefined;
  for (let line = next(first); line; line = next(line)) {
    const row = text.slice(line.start, line.end);
    if (!CLOSE.test(row)) continue;
    if (row.length !== 3) return undefined;
    const value = line.start > first.end + 1 ? text.slice(first.end + 1, line.start - 1) : "";
    // micromark reads NUL as U+FFFD: left to it.
    if (value.includes("\u0000")) return undefined;
    return { node: { type: "yaml", value, position: acrossLines(first, line) }, last: line };
  }
  return undefined;
}
