import type { Nodes } from "mdast";

/** Node types whose content is never Markdown: nothing inside can be a link or a label. */
const LEAVES = new Set(["code", "inlineCode", "html", "text", "yaml", "math", "inlineMath"]);

/**
 * Calls `visit` on every node of a tree, depth-first in document order; returning `false` skips the
 * node's children. A plain loop: rules walk every document, and unist-util-visit's generality
 * (ancestor arrays, tests) made it the largest cost of a check on the 1,000-goal bench.
 */
export function walkTree(root: Nodes, visit: (node: Nodes) => unknown): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false || LEAVES.has(node.type) || !("children" in node)) continue;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
