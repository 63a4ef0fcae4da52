import GithubSlugger from "github-slugger";
import type { Heading, Html, Nodes } from "mdast";
import type { MarkdownDocument } from "../model/types.js";
import { walkTree } from "./walk-tree.js";

/** `id="x"` or `name="x"` inside an HTML node of the tree: explicit anchors authors write. */
const HTML_ANCHOR = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** mdBook's and kramdown's explicit heading ids: `## Title {#custom-id}`. */
const HEADING_ID = /\{#([^\s}]+)\}\s*$/;

const cache = new WeakMap<MarkdownDocument, Set<string>>();

/**
 * Every fragment a link may point at in a document: GitHub's heading slugs (github-slugger, per
 * document, with the -1/-2 suffixes for repeated headings), explicit heading ids, and HTML id/name
 * anchors. mdBook's slugs are accepted too, since mdBook books (like the wg-async corpus) are read
 * as they render: they differ from GitHub's only in dropping every non-alphanumeric character
 * (emoji variation selectors included). Cached per document, since every link into it asks again.
 */
export function anchorsOf(doc: MarkdownDocument): Set<string> {
  const hit = cache.get(doc);
  if (hit) return hit;
  const anchors = new Set<string>(["top"]);
  const slugger = new GithubSlugger();
  const mdbook = new Map<string, number>();
  walkTree(doc.tree, (node) => {
    if (node.type === "heading") {
      const text = headingText(node);
      const explicit = HEADING_ID.exec(text);
      if (explicit) anchors.add(explicit[1]!);
      const title = explicit ? text.slice(0, explicit.index) : text;
      anchors.add(slugger.slug(title));
      anchors.add(mdbookSlug(title, mdbook));
    } else if (node.type === "html") {
      for (const m of (node as Html).value.matchAll(HTML_ANCHOR))
        anchors.add(m[1] ?? m[2] ?? m[3]!);
    }
  });
  cache.set(doc, anchors);
  return anchors;
}

/** mdBook's `normalize_id`, with its `-1`, `-2` suffixes for repeated headings. */
function mdbookSlug(title: string, seen: Map<string, number>): string {
  let base = "";
  for (const char of title.trim()) {
    if (/[\p{L}\p{N}_-]/u.test(char)) base += char.toLowerCase();
    else if (/\s/u.test(char)) base += "-";
  }
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count ? `${base}-${count}` : base;
}

/** A heading's text as GitHub reads it for the slug: text and code, without HTML or image alts. */
function headingText(node: Heading): string {
  const walk = (n: Nodes): string => {
    if (n.type === "text" || n.type === "inlineCode") return n.value;
    if (n.type === "html" || n.type === "image") return "";
    return "children" in n ? n.children.map((c) => walk(c as Nodes)).join("") : "";
  };
  return walk(node);
}
