import type { Element, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

const parser = unified().use(rehypeParse);
const CODE = new Set(["code", "pre", "script", "style", "kbd", "samp"]);
/** `[text][label]` or `[text][]`: a reference that did not resolve, printed as written. */
const FULL_OR_COLLAPSED = /\[[^\]\n]{1,100}\]\[[^\]\n]{0,100}\]/g;

/**
 * The reference labels a page prints raw in its prose (outside code): `[x][y]`, `[x][]`, and
 * shortcut `[x]` labels that `shortcut` says a reader would take for a link (`[#channel]`).
 */
export function rawReferenceLabels(html: string, shortcut: (label: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === "text") {
      found.push(...[...node.value.matchAll(FULL_OR_COLLAPSED)].map((m) => m[0]));
      for (const m of node.value.replace(FULL_OR_COLLAPSED, "").matchAll(/\[([^\]\n]{1,100})\]/g))
        if (shortcut(m[1]!)) found.push(m[0]);
      return;
    }
    if (node.type === "element" && CODE.has((node as Element).tagName)) return;
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(parser.parse(html) as Root);
  return found;
}
