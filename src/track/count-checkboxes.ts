import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Task-list items in an issue body, as GitHub renders them: `- [x]` done, `- [ ]` open. Parsed
 * as GFM, so boxes inside code blocks or quotes of other syntax do not count.
 */
export function countCheckboxes(markdown: string): { done: number; total: number } {
  const tree = parser.parse(markdown) as Root;
  let done = 0;
  let total = 0;
  visit(tree, "listItem", (node) => {
    if (node.checked === null || node.checked === undefined) return;
    total++;
    if (node.checked) done++;
  });
  return { done, total };
}
