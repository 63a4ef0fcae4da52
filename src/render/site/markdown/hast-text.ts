import type { Nodes } from "hast";

/** The text content of a hast node, as a browser's textContent would give it. */
export function hastText(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root")
    return node.children.map((child) => hastText(child)).join("");
  return "";
}
