import GithubSlugger from "github-slugger";
import type { Heading, Html, Nodes, Root } from "mdast";
import { walkTree } from "../markdown/walk-tree.js";
import type { MarkdownDocument } from "../types.js";

/** `id="x"` or `name="x"` inside an HTML node of the tree: explicit anchors authors write. */
const HTML_ANCHOR = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** mdBook's and kramdown's explicit heading ids: `## Title {#custom-id}`. */
const HEADING_ID = /\{#([^\s}]+)\}\s*$/;

/** By parse tree: a tree reused from the parse cache is walked once, not once per build. */
const cache = new WeakMap<Root, ReadonlyMap<string, string>>();

/**
 * Every fragment a link may name in a document, each with the id of the heading it reaches on a
 * published page: GitHub's heading slugs (github-slugger, per document, with the -1/-2 suffixes
 * for repeated headings), explicit heading ids, and HTML id/name anchors. mdBook's slugs are
 * accepted too, since mdBook books (like the wg-async corpus) are read as they render: they differ
 * from GitHub's only in dropping every non-alphanumeric character (emoji variation selectors
 * included). `check` accepts exactly these fragments; the site, which gives headings their GitHub
 * slug of the text it shows and drops raw HTML, links each to its heading's id: an HTML anchor to
 * the next heading, and `top` (or an anchor after the last heading) to the page itself, "".
 * Cached, since every link into the document asks again.
 */
export function anchorsOf(doc: MarkdownDocument): ReadonlyMap<string, string> {
  const hit = cache.get(doc.tree);
  if (hit) return hit;
  const anchors = new Map<string, string>();
  const shown = new GithubSlugger();
  const github = new GithubSlugger();
  const mdbook = new Map<string, number>();
  let waiting: string[] = [];
  const add = (fragment: string, id: string) => {
    if (!anchors.has(fragment)) anchors.set(fragment, id);
  };
  walkTree(doc.tree, (node) => {
    if (node.type === "heading") {
      const text = headingText(node);
      const id = shown.slug(text);
      const explicit = HEADING_ID.exec(text);
      const title = explicit ? text.slice(0, explicit.index) : text;
      anchors.set(github.slug(title), id);
      if (explicit) add(explicit[1]!, id);
      add(mdbookSlug(title, mdbook), id);
      for (const fragment of waiting) add(fragment, id);
      waiting = [];
    } else if (node.type === "html") {
      for (const m of (node as Html).value.matchAll(HTML_ANCHOR))
        waiting.push(m[1] ?? m[2] ?? m[3]!);
    }
  });
  for (const fragment of [...waiting, "top"]) add(fragment, "");
  cache.set(doc.tree, anchors);
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

/**
 * A heading's text as GitHub reads it for the slug, and as the site shows it: text and code,
 * without HTML or image alts.
 */
function headingText(node: Heading): string {
  const walk = (n: Nodes): string => {
    if (n.type === "text" || n.type === "inlineCode") return n.value;
    if (n.type === "html" || n.type === "image") return "";
    return "children" in n ? n.children.map((c) => walk(c as Nodes)).join("") : "";
  };
  return walk(node);
}
