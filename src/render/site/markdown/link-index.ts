import { slug } from "github-slugger";
import type { Root } from "mdast";
import { isCopiedFile } from "../../../model/copied-files.js";
import { anchorsOf } from "../../../model/links/anchors.js";
import { linkFiles } from "../../../model/links/link-files.js";
import { type ResolvedLink, resolveLink } from "../../../model/links/resolve-link.js";
import { walkTree } from "../../../model/markdown/walk-tree.js";
import type { MarkdownDocument, Workspace } from "../../../model/types.js";

/** Every link, image and definition URL of a parse tree, in order. */
function documentLinks(tree: Root): string[] {
  const urls: string[] = [];
  walkTree(tree, (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition")
      urls.push(node.url);
  });
  return urls;
}

interface ResolvedLinks {
  paths: ReadonlySet<string>;
  targets: ResolvedLink[];
}

/**
 * What each link of a document resolves to, by parse tree and path set: a tree reused from the
 * parse cache is walked and resolved once while no file comes or goes (serve's reloads), not once
 * per build of the site.
 */
function resolvedLinks(doc: MarkdownDocument, paths: ReadonlySet<string>): ResolvedLink[] {
  const known = byTree.get(doc.tree);
  if (known?.paths === paths) return known.targets;
  const files = linkFiles(paths);
  const targets = documentLinks(doc.tree).map((url) => resolveLink(url, doc.file, files));
  byTree.set(doc.tree, { paths, targets });
  return targets;
}

const byTree = new WeakMap<Root, ResolvedLinks>();

/**
 * Workspace files of a kind the site copies (model/copied-files.ts) that some Markdown, front
 * matter link or story source links to.
 */
export function linkedFiles(ws: Workspace): string[] {
  const found = new Set<string>();
  const keep = (target: ResolvedLink) => {
    if (target.kind === "file" && isCopiedFile(target.file)) found.add(target.file);
  };
  const add = (from: string, url: string) => keep(resolveLink(url, from, ws.paths));
  for (const doc of ws.documents) for (const target of resolvedLinks(doc, ws.paths)) keep(target);
  for (const item of ws.items) for (const link of item.links) add(item.file, link.url);
  for (const story of ws.vision?.stories ?? [])
    for (const source of story.sources) if (source.url) add(story.file, source.url);
  return [...found].sort();
}

/**
 * Fragments in links that name no heading id of their target as the site writes it, by
 * `file#fragment`: the id of the heading `check` finds for it (anchorsOf: an mdBook slug, an
 * explicit `{#id}`, an HTML anchor before a heading), else the heading meant when only the case or
 * spacing is off (`#Zulip` for "## Zulip"), else "" to drop the fragment. Only links that need
 * mending are listed, so editing a heading nobody links to changes nothing here.
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
    const anchors = anchorsOf(doc);
    const id = anchors.get(fragment);
    if (id === fragment) return;
    const guess = slug(fragment);
    mended[`${file}#${fragment}`] = id ?? (anchors.get(guess) === guess ? guess : "");
  };
  for (const doc of ws.documents) {
    for (const target of resolvedLinks(doc, ws.paths)) {
      if (target.kind === "anchor" || (target.kind === "page" && pageOfFile.has(target.file)))
        if (target.fragment !== undefined) check(target.file, target.fragment);
    }
  }
  return Object.fromEntries(Object.entries(mended).sort(([a], [b]) => (a < b ? -1 : 1)));
}
