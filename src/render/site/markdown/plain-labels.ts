import type { Element, Root, RootContent } from "hast";

/** Elements whose text is code, never prose: brackets there are the code's own. */
const CODE = new Set(["code", "pre", "kbd", "samp"]);
/** `[text][label]` and `[text][]` left as text: CommonMark found no definition of the label. */
const UNRESOLVED = /\[((?:\\.|[^\\[\]\n])+)\]\[(?:\\.|[^\\[\]\n])*\]/g;
/** `[#channel]`: a Zulip channel named as a shortcut label that nothing defines. */
const CHANNEL = /\[(#[A-Za-z][\w./-]*)\]/g;

/**
 * Reference labels that did not resolve are printed as written by CommonMark (`[#wg-async][channel]`
 * with no `[channel]:` line); a reader sees the brackets as a broken link. Their text is shown
 * without the brackets instead: `#wg-async`. `check` still reports each one (undefined-reference).
 */
export function plainLabels(tree: Root): void {
  const visit = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === "text") child.value = unresolvedLabels(child.value);
      else if (child.type === "element" && !CODE.has(child.tagName)) visit(child);
    }
  };
  visit(tree);
}

/** A text with its unresolved labels shown as plain text (see plainLabels). */
export function unresolvedLabels(value: string): string {
  return value.includes("]") ? value.replace(UNRESOLVED, "$1").replace(CHANNEL, "$1") : value;
}
