import { slug } from "github-slugger";
import { isCopiedFile } from "../../../model/copied-files.js";
import { anchorsOf } from "../../../model/links/anchors.js";
import { type DocumentLink, documentLinks } from "../../../model/links/document-links.js";
import { type ResolvedLink, resolveLink } from "../../../model/links/resolve-link.js";
import type { Item, Workspace } from "../../../model/types.js";

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
  for (const doc of ws.documents)
    for (const file of usesOf(documentLinks(doc, ws.paths)).copied) found.add(file);
  for (const item of ws.items) for (const target of frontMatterLinks(item, ws.paths)) keep(target);
  for (const story of ws.vision?.stories ?? [])
    for (const source of story.sources) if (source.url) add(story.file, source.url);
  return [...found].sort();
}

/** What the site takes from a document's links: the files it copies, the fragments it mends. */
interface LinkUses {
  copied: string[];
  fragments: { file: string; fragment: string; anchor: boolean }[];
}

/**
 * The uses of a document's links, once per list (documentLinks keeps the list while the tree and
 * the path set stand): most links are neither, and a reload then walks only the few that are.
 */
function usesOf(links: readonly DocumentLink[]): LinkUses {
  let uses = usesByLinks.get(links);
  if (!uses) {
    uses = { copied: [], fragments: [] };
    for (const { target } of links) {
      if (target.kind === "file" && isCopiedFile(target.file)) uses.copied.push(target.file);
      if ((target.kind === "anchor" || target.kind === "page") && target.fragment !== undefined)
        uses.fragments.push({
          file: target.file,
          fragment: target.fragment,
          anchor: target.kind === "anchor",
        });
    }
    usesByLinks.set(links, uses);
  }
  return uses;
}

const usesByLinks = new WeakMap<readonly DocumentLink[], LinkUses>();

/**
 * What an item's front matter `links:` reach, by its list and path set: an item built from
 * unchanged text keeps its list, so serve resolves only the edited item's links again.
 */
function frontMatterLinks(item: Item, paths: ReadonlySet<string>): readonly ResolvedLink[] {
  const known = byLinks.get(item.links);
  if (known?.paths === paths && known.file === item.file) return known.targets;
  const targets = item.links.map((link) => resolveLink(link.url, item.file, paths));
  byLinks.set(item.links, { paths, file: item.file, targets });
  return targets;
}

const byLinks = new WeakMap<
  readonly Item["links"][number][],
  { paths: ReadonlySet<string>; file: string; targets: readonly ResolvedLink[] }
>();

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
  for (const doc of ws.documents)
    for (const use of usesOf(documentLinks(doc, ws.paths)).fragments)
      if (use.anchor || pageOfFile.has(use.file)) check(use.file, use.fragment);
  return Object.fromEntries(Object.entries(mended).sort(([a], [b]) => (a < b ? -1 : 1)));
}
