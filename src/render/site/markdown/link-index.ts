import { slug } from "github-slugger";
import { isCopiedFile } from "../../../model/copied-files.js";
import { anchorsOf } from "../../../model/links/anchors.js";
import { type DocumentLink, documentLinks } from "../../../model/links/document-links.js";
import { type ResolvedLink, resolveLink } from "../../../model/links/resolve-link.js";
import type { Item, MarkdownDocument, Story, Workspace } from "../../../model/types.js";
import { answerOnce, type LastAnswer } from "../last-answer.js";

/**
 * Workspace files of a kind the site copies (model/copied-files.ts) that some Markdown, front
 * matter link or story source links to.
 */
export function linkedFiles(ws: Workspace): string[] {
  const stories = ws.vision?.stories ?? [];
  // What each part contributes: a document's and an item's copied links, a story's sources.
  const alike = (was: unknown, now: unknown) =>
    (isDocument(was) && isDocument(now) && sameList(copiedBy(was, ws), copiedBy(now, ws))) ||
    (isItem(was) && isItem(now) && sameTargets(was, now, ws.paths)) ||
    (isStory(was) && isStory(now) && was.file === now.file && sameSources(was, now));
  const parts = [ws.paths, ...ws.documents, ...ws.items, ...stories];
  return answerOnce(lastLinked, parts, alike, () => findLinkedFiles(ws));
}

const lastLinked: LastAnswer<string[]> = {};

function findLinkedFiles(ws: Workspace): string[] {
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
  // A document's part: the fragments its links name, and the anchors it has as a target.
  const alike = (was: unknown, now: unknown) =>
    isDocument(was) &&
    isDocument(now) &&
    was.file === now.file &&
    sameFragments(usesOf(documentLinks(was, ws.paths)), usesOf(documentLinks(now, ws.paths))) &&
    sameMap(anchorsOf(was), anchorsOf(now));
  const pages = [...pageOfFile].join("\n");
  const parts = [ws.paths, pages, ...ws.documents];
  return answerOnce(lastMended, parts, alike, () => findMended(ws, pageOfFile));
}

const lastMended: LastAnswer<Record<string, string>> = {};

function findMended(
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

const isDocument = (x: unknown): x is MarkdownDocument =>
  typeof x === "object" && x !== null && "tree" in x && "lines" in x;
const isItem = (x: unknown): x is Item =>
  typeof x === "object" && x !== null && "kind" in x && "links" in x;
const isStory = (x: unknown): x is Story =>
  typeof x === "object" && x !== null && "sources" in x && "goals" in x;

const copiedBy = (doc: MarkdownDocument, ws: Workspace) =>
  usesOf(documentLinks(doc, ws.paths)).copied;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameTargets(a: Item, b: Item, paths: ReadonlySet<string>): boolean {
  const copied = (item: Item) =>
    frontMatterLinks(item, paths).flatMap((t) =>
      t.kind === "file" && isCopiedFile(t.file) ? [t.file] : [],
    );
  return a.links === b.links || sameList(copied(a), copied(b));
}

function sameSources(a: Story, b: Story): boolean {
  const urls = (s: Story) => s.sources.map((x) => x.url ?? "");
  return a.sources === b.sources || sameList(urls(a), urls(b));
}

function sameFragments(a: LinkUses, b: LinkUses): boolean {
  const key = (u: LinkUses) => u.fragments.map((f) => `${f.anchor} ${f.file}#${f.fragment}`);
  return sameList(key(a), key(b));
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
