import { posix } from "node:path";
import type { Span } from "../../../diagnostics/diagnostic.js";
import type { Item, Link, Spans } from "../../types.js";
import { type BookLinks, rebaseLink } from "./book.js";
import type { OverviewClaim, PageClaim, WgAsyncExtra } from "./claims.js";
import { idAllocator, kebab } from "./names.js";
import type { OverviewRow } from "./overview.js";
import type { RoadmapPage } from "./roadmap-page.js";

export interface ItemsInput {
  links: BookLinks;
  /** roadmap.md, whose overview rows these are. */
  overviewFile: string;
  /** The folder of the roadmap pages, e.g. src/vision/roadmap. */
  roadmapDir: string;
  rows: OverviewRow[];
  pages: RoadmapPage[];
}

/**
 * Goals and initiatives: one per overview row, in the overview's order and nesting, taking Impact
 * and Milestones from the page the row links to, or else from the page of the row's name beside
 * its parent's (a row that links to the initiative's own site, like Tokio console and
 * tooling/console.md); then one per roadmap page no row claims (the variants of a page), nested by
 * folder and marked `unlisted` so `status` prints the overview's rows only.
 */
export function buildItems(input: ItemsInput): Item[] {
  const { links: resolve, overviewFile, roadmapDir, rows, pages } = input;
  const allocate = idAllocator();
  const pageIds = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file)))
    pageIds.set(page.file, allocate(kebab(posix.relative(roadmapDir, page.file))));
  const byFile = new Map(pages.map((p) => [p.file, p] as const));
  const claims = claimsByPage(pages);
  const items: Item[] = [];
  const used = new Set<string>();
  const stack: Item[] = [];
  const targets = rows.map((row) => {
    const target = row.link && resolve(overviewFile, row.link.url);
    return target && !target.anchor ? byFile.get(target.path) : undefined;
  });
  const linked = new Set(targets.flatMap((page) => page?.file ?? []));
  rows.forEach((row, index) => {
    const target = targets[index];
    stack.length = Math.min(stack.length, row.depth);
    const parent = stack.at(-1);
    const named =
      target === undefined
        ? pageNamed(row.title, folderOf(parent, overviewFile, roadmapDir), pages, linked, used)
        : undefined;
    const page = target && !used.has(target.file) ? target : named;
    if (page) used.add(page.file);
    const id = page
      ? pageIds.get(page.file)!
      : allocate(row.link || !parent ? kebab(row.title) : `${parent.id}-${kebab(row.title)}`);
    const file = page?.file ?? overviewFile;
    const own = row.link && (!page || page === named) ? [row.link] : [];
    const links: Link[] = [...own, ...row.more].map((l) => ({
      title: l === row.link ? row.title : l.text,
      url: rebaseLink(overviewFile, l.url, file),
    }));
    const item: Item = {
      ...fromPage(id, file, page, claims.get(file)),
      parent: parent?.id,
      kind: parent ? "initiative" : "goal",
      order: row.row,
      title: page?.title ?? row.title,
      shortTitle: page && page.title !== row.title ? row.title : undefined,
      state: row.state,
      owners: row.owners,
      progress: row.progress && { ...row.progress, source: "manual" },
      links,
      span: page ? headOf(page) : row.span,
      spans: overviewSpans(row),
    };
    item.extra = { ...item.extra, overview: overviewClaim(row) } satisfies WgAsyncExtra;
    items.push(item);
    stack[row.depth] = item;
  });
  for (const page of pages) {
    if (used.has(page.file)) continue;
    const own = claims.get(page.file) ?? [];
    const parent = ancestorOf(page.file, roadmapDir, pageIds);
    items.push({
      ...fromPage(pageIds.get(page.file)!, page.file, page, own),
      parent,
      kind: parent ? "initiative" : "goal",
      order: rows.length + pages.indexOf(page),
      title: page.title,
      state: own.find((c) => c.state)?.state,
      owners: own.find((c) => c.owners.length)?.owners ?? [],
      links: [],
      span: headOf(page),
      spans: {},
    });
    items.at(-1)!.extra.unlisted = true;
  }
  return items;
}

/** The folder a row's own page would sit in: its parent page's folder, or the roadmap's for a goal. */
function folderOf(parent: Item | undefined, overviewFile: string, roadmapDir: string) {
  if (!parent) return roadmapDir;
  return parent.file === overviewFile ? undefined : parent.file.replace(/\.md$/i, "");
}

/**
 * The one page in `folder` that no row links to and that the row names: the page's file name or
 * title in the row's words ("Tokio console" → console.md, "Read/write traits" → read_write.md).
 */
function pageNamed(
  title: string,
  folder: string | undefined,
  pages: RoadmapPage[],
  linked: Set<string>,
  used: Set<string>,
): RoadmapPage | undefined {
  if (folder === undefined) return undefined;
  const words = new Set(kebab(title).split("-"));
  const named = (name: string) =>
    kebab(name)
      .split("-")
      .every((w) => words.has(w));
  const found = pages.filter(
    (p) =>
      posix.dirname(p.file) === folder &&
      !linked.has(p.file) &&
      !used.has(p.file) &&
      (named(posix.basename(p.file, ".md")) || kebab(p.title) === kebab(title)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The fields a roadmap page gives, whether or not the overview lists it. */
function fromPage(
  id: string,
  file: string,
  page: RoadmapPage | undefined,
  claims: PageClaim[] | undefined,
): Omit<Item, "kind" | "order" | "title" | "owners" | "links" | "span" | "spans"> {
  return {
    id,
    file,
    children: [],
    asks: [],
    stories: [],
    impact: page?.impact,
    milestones: page?.milestones ?? [],
    helpWanted: page?.helpWanted,
    body: page ? page.doc.text : "",
    extra: claims?.length ? { claims } : {},
  };
}

/** Claims pages make about each page: its own status line, and rows of other pages' tables. */
function claimsByPage(pages: RoadmapPage[]): Map<string, PageClaim[]> {
  const out = new Map<string, PageClaim[]>();
  const add = (file: string, claim: PageClaim) => out.set(file, [...(out.get(file) ?? []), claim]);
  for (const page of pages) {
    if (page.status) add(page.file, page.status);
    for (const { target, claim } of page.lists) add(target, claim);
  }
  return out;
}

/** The nearest page up the folders (`a/b/c.md` → `a/b.md`, then `a.md`), as the parent's id. */
function ancestorOf(
  file: string,
  roadmapDir: string,
  pageIds: Map<string, string>,
): string | undefined {
  for (let dir = posix.dirname(file); dir.startsWith(`${roadmapDir}/`); dir = posix.dirname(dir)) {
    const id = pageIds.get(`${dir}.md`);
    if (id) return id;
  }
  return undefined;
}

function overviewClaim(row: OverviewRow): OverviewClaim {
  const { row: index, title, state, progress, owners, span, cells } = row;
  return { row: index, title, state, progress, owners, span, cells };
}

function overviewSpans(row: OverviewRow): Spans {
  const spans: Spans = {
    title: row.cells.title,
    state: row.cells.state,
    progress: row.cells.progress,
    owners: row.cells.owners,
  };
  row.owners.forEach((_, i) => {
    spans[`owners.${i}`] = row.cells.owners;
  });
  return spans;
}

function headOf(page: RoadmapPage): Span {
  const end = page.doc.text.indexOf("\n");
  return page.doc.lines.span(page.file, 0, end < 0 ? page.doc.text.length : end);
}
