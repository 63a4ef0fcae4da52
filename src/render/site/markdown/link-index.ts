import GithubSlugger, { slug } from "github-slugger";
import type { Root } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { resolveLink } from "../../../model/links/resolve-link.js";
import type { Workspace } from "../../../model/types.js";
import { NEVER_COPIED } from "../site-paths.js";

/** What the site needs to know of one document's links and headings. */
interface DocumentLinks {
  /** Every link, image and definition URL, in order. */
  urls: string[];
  /** The ids its headings get: github-slugger slugs, as pages render them. */
  slugs: Set<string>;
}

/** By parse tree: a tree reused from the parse cache is walked once, not once per build. */
const byTree = new WeakMap<Root, DocumentLinks>();

function documentLinks(tree: Root): DocumentLinks {
  const known = byTree.get(tree);
  if (known) return known;
  const found: DocumentLinks = { urls: [], slugs: new Set() };
  const slugger = new GithubSlugger();
  const walk = (node: Root | Root["children"][number]) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition")
      found.urls.push(node.url);
    if (node.type === "heading") found.slugs.add(slugger.slug(mdToString(node)));
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  byTree.set(tree, found);
  return found;
}

/**
 * Workspace files (not Markdown, not a kind we never copy) that some Markdown, front matter link or
 * story source links to.
 */
export function linkedFiles(ws: Workspace): string[] {
  const found = new Set<string>();
  const add = (from: string, url: string) => {
    const target = resolveLink(url, from, ws.paths);
    if (target.kind === "file" && !NEVER_COPIED.test(target.file)) found.add(target.file);
  };
  for (const doc of ws.documents)
    for (const url of documentLinks(doc.tree).urls) add(doc.file, url);
  for (const item of ws.items) for (const link of item.links) add(item.file, link.url);
  for (const story of ws.vision?.stories ?? [])
    for (const source of story.sources) if (source.url) add(story.file, source.url);
  return [...found].sort();
}

/**
 * Fragments in links that name no heading of their target, by `file#fragment`: the heading they
 * meant when only the case or spacing is off (`#Zulip` for "## Zulip"), else "" to drop the
 * fragment. Only links that need mending are listed, so editing a heading nobody links to
 * changes nothing here.
 */
export function mendAnchors(
  ws: Workspace,
  pageOfFile: ReadonlyMap<string, string>,
): Record<string, string> {
  const docs = new Map(ws.documents.map((d) => [d.file, d]));
  const mended: Record<string, string> = {};
  const check = (file: string, fragment: string) => {
    const doc = docs.get(file);
    if (!doc || !fragment) return;
    const { slugs } = documentLinks(doc.tree);
    if (slugs.has(fragment)) return;
    const guess = slug(fragment);
    mended[`${file}#${fragment}`] = slugs.has(guess) ? guess : "";
  };
  for (const doc of ws.documents) {
    for (const url of documentLinks(doc.tree).urls) {
      const target = resolveLink(url, doc.file, ws.paths);
      if (target.kind === "anchor" || (target.kind === "page" && pageOfFile.has(target.file)))
        if (target.fragment !== undefined) check(target.file, target.fragment);
    }
  }
  return Object.fromEntries(Object.entries(mended).sort(([a], [b]) => (a < b ? -1 : 1)));
}
