import { ID_PATTERN } from "../../model/schemas.js";
import type { Item, Workspace } from "../../model/types.js";

/** Where each part of a model goes in a native workspace (docs/format.md). */
export interface NativePaths {
  items: Map<Item, string>;
  /** Pages keep their paths, unless the native layout would read them as something else. */
  pages: Map<string, string>;
}

const RESERVED = /^(goals|periods|vision)\//;
/** `index.md` and `README.md` name their folder's item; an item never takes those names. */
const FOLDER_NAMES = /^(index|readme)$/i;

/**
 * Goals go to `goals/<period>/<name>.md` (or `goals/<name>.md` without a period), and each
 * item's initiatives into the folder named like its file, to any depth. A name is the item's
 * id without its parent's id (or its period) in front: `2024h2.async` → `goals/2024h2/async.md`.
 */
export function nativePaths(ws: Workspace): NativePaths {
  const items = new Map<Item, string>();
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const taken = new Set<string>();
  const periodFolders = new Set(ws.items.flatMap((i) => (i.period ? [fileName(i.period)] : [])));
  const place = (item: Item, seen: Set<Item>): string => {
    const had = items.get(item);
    if (had) return had;
    const parent = item.parent ? byId.get(item.parent) : undefined;
    const nested = parent && !seen.has(parent);
    const folder = nested
      ? place(parent, new Set([...seen, item])).replace(/\.md$/, "")
      : item.period
        ? `goals/${fileName(item.period)}`
        : "goals";
    const prefix = nested ? `${parent.id}.` : item.period ? `${item.period}.` : "";
    let name = fileName(item.id.startsWith(prefix) ? item.id.slice(prefix.length) : item.id);
    if (FOLDER_NAMES.test(name) || (folder === "goals" && periodFolders.has(name))) name += "-item";
    const path = unique(`${folder}/${name}`, taken);
    items.set(item, path);
    return path;
  };
  for (const item of ws.items) place(item, new Set([item]));
  const pages = new Map<string, string>();
  for (const page of ws.pages) {
    const wanted =
      RESERVED.test(page.file) || !/\.md$/i.test(page.file) ? `pages/${page.file}` : page.file;
    pages.set(page.file, unique(wanted.replace(/\.md$/i, ""), taken));
  }
  return { items, pages };
}

/** A safe file name from an id or title: lower case, and only what ids allow. */
export function fileName(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|[-.]+$/g, "");
  return ID_PATTERN.test(name) ? name : "item";
}

/** `base.md`, or `base-2.md` when taken; case-insensitive, as some file systems are. */
function unique(base: string, taken: Set<string>): string {
  let path = `${base}.md`;
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${base}-${n}.md`;
  taken.add(path.toLowerCase());
  return path;
}
