import { CONFIG_FILE } from "../../model/layouts/waymark/build-config.js";
import { topItems } from "../../model/links/top-items.js";
import { walkTree } from "../../model/markdown/walk-tree.js";
import type { Workspace } from "../../model/types.js";
import { reachedFile } from "./link-targets.js";

/** One planned file and what it holds of the source. */
export interface Placement {
  /** Where the file goes in the native workspace. */
  path: string;
  /** The source file its value was read from, if any. */
  from?: string;
  /** True when the value holds that file's text (a body), not only facts read from it. */
  whole: boolean;
  /** Every source file the value's fields were read from (its spans). */
  read: Iterable<string>;
  /** The value itself, whose text may tell where it came from when its spans do not. */
  value: unknown;
}

/** Where each source file ends up in the native workspace. */
export interface Moves {
  /** Source path to native path, for every file a link may reach: Markdown and copied files. */
  files: Map<string, string>;
  /** Files copied as they are (images and the like): source path to native path. */
  copies: Map<string, string>;
}

/**
 * Where links to each source file should point once imported. A Markdown file goes where its
 * text goes: the planned file whose body it is, or else the first one that holds anything read
 * from it, by its spans (roadmap.md's rows become items) or, for a linked file nothing claims, by
 * its text (how_it_feels.md's sections become the vision page's tenets). Any other file a link
 * reaches is copied: to its own path when that is free, else under files/.
 */
export function planMoves(ws: Workspace, placements: Placement[]): Moves {
  const files = new Map<string, string>();
  const claim = (file: string | undefined, path: string | undefined) => {
    if (file && path && MARKDOWN.test(file) && !files.has(file)) files.set(file, path);
  };
  // An item file goes where its top item goes (the goal, not its first subgoal); a file whose
  // items have no one top goes where a page of its own goes, if the plan has one.
  const tops = topItems(ws.items);
  const items = new Set<unknown>(ws.items);
  const top = (p: Placement) => !items.has(p.value) || (p.from && tops.get(p.from) === p.value);
  for (const p of placements) if (p.whole && top(p)) claim(p.from, p.path);
  for (const p of placements) if (p.whole) claim(p.from, p.path);
  for (const p of placements) claim(p.from, p.path);
  for (const p of placements) for (const file of p.read) claim(file, p.path);
  const linked = new Set(linkedFiles(ws));
  for (const doc of ws.documents)
    if (linked.has(doc.file) && !files.has(doc.file))
      claim(doc.file, placements.find((p) => isPage(p) && holdsTextOf(p.value, doc.text))?.path);
  const taken = new Set(placements.map((p) => p.path.toLowerCase()));
  const copies = new Map<string, string>();
  for (const file of linked) {
    if (MARKDOWN.test(file) || files.has(file)) continue;
    // A link to the source's own waymark.yaml reaches the one written.
    const own = placements.find((p) => p.from === file && p.path === file);
    if (own) {
      files.set(file, own.path);
      continue;
    }
    const path = taken.has(file.toLowerCase()) ? `files/${file}` : file;
    taken.add(path.toLowerCase());
    copies.set(file, path);
    files.set(file, path);
  }
  return { files, copies };
}

const MARKDOWN = /\.md$/i;

/** A planned Markdown file, which a link may reach (waymark.yaml holds text too, but is no page). */
const isPage = (p: Placement) => MARKDOWN.test(p.path);

/** Text this long, found verbatim in a file, was read from it, not written again by chance. */
const QUOTE = 40;

/** True when a string of `value` (a tenet's description, say) is a passage of `text`. */
function holdsTextOf(value: unknown, text: string): boolean {
  if (typeof value === "string") return value.trim().length >= QUOTE && text.includes(value.trim());
  if (Array.isArray(value)) return value.some((v) => holdsTextOf(v, text));
  if (value === null || typeof value !== "object" || value instanceof Map) return false;
  return Object.values(value).some((v) => holdsTextOf(v, text));
}

/** Every workspace file a link reaches: from the pages, front matter links and sources, and waymark.yaml. */
function linkedFiles(ws: Workspace): string[] {
  const found = new Set<string>();
  const add = (from: string, url: string | undefined) => {
    const target = url === undefined ? undefined : reachedFile(ws, from, url);
    if (target !== undefined) found.add(target);
  };
  for (const doc of ws.documents)
    walkTree(doc.tree, (node) => {
      if (node.type === "link" || node.type === "image" || node.type === "definition")
        add(doc.file, node.url);
    });
  for (const item of ws.items) for (const link of item.links) add(item.file, link.url);
  for (const story of ws.vision?.stories ?? [])
    for (const source of story.sources) add(story.file, source.url);
  const { group, cadences } = ws.config;
  // waymark.yaml's URLs are relative to the root, where it is.
  for (const link of [group.chat, group.meetings, group.videos, ...group.links])
    add(CONFIG_FILE, link?.url);
  for (const cadence of cadences) add(CONFIG_FILE, cadence.where?.url);
  for (const reference of ws.config.references?.values() ?? []) add(CONFIG_FILE, reference.url);
  return [...found].sort();
}
