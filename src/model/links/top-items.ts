import type { Item } from "../types.js";

/**
 * The item a link to each item file opens: its top item, the one of the file's items that the
 * others in the file descend from. A file that holds one item maps to it; a rust-project-goals goal
 * with subgoals maps to the goal, whatever order the layout listed them in. A file whose items
 * have no one top (wg-async's roadmap page, whose rows are goals and initiatives of several goals)
 * maps to null: a link to it opens the file's own page, never whichever row came first.
 */
export function topItems(items: readonly Item[]): ReadonlyMap<string, Item | null> {
  const known = made.get(items) ?? sameShape(items);
  if (known) {
    made.set(items, known);
    last = { items, tops: known };
    return known;
  }
  const byId = new Map(items.map((i) => [i.id, i] as const));
  const tops = new Map<string, Item[]>();
  for (const item of items) {
    if (insideOwnFile(item, byId)) continue;
    const list = tops.get(item.file) ?? [];
    tops.set(item.file, list);
    if (!list.some((i) => i.id === item.id)) list.push(item);
  }
  const out = new Map<string, Item | null>();
  for (const item of items) {
    const list = tops.get(item.file) ?? [];
    // No top at all happens only when parents form a cycle inside the file.
    out.set(item.file, list.length === 1 ? list[0]! : null);
  }
  made.set(items, out);
  last = { items, tops: out };
  return out;
}

/** The last list asked about, and its answer. */
let last: { items: readonly Item[]; tops: ReadonlyMap<string, Item | null> } | undefined;

/**
 * The last answer, when `items` has the last list's shape: item for item the same, or a new
 * object with the same id, parent and file (serve's patched model, where only edited goals are
 * new). An edited item that was its file's top is put in its place.
 */
function sameShape(items: readonly Item[]): ReadonlyMap<string, Item | null> | undefined {
  if (!last || last.items.length !== items.length) return undefined;
  let tops: Map<string, Item | null> | undefined;
  for (let i = 0; i < items.length; i++) {
    const [was, now] = [last.items[i]!, items[i]!];
    if (was === now) continue;
    if (was.id !== now.id || was.parent !== now.parent || was.file !== now.file) return undefined;
    tops ??= new Map(last.tops);
    if (tops.get(now.file) === was) tops.set(now.file, now);
  }
  return tops ?? last.tops;
}

/** By the model's item list: the site asks for every file's top more than once per build. */
const made = new WeakMap<readonly Item[], ReadonlyMap<string, Item | null>>();

/** True when an ancestor of the item lives in the same file (cycles count as no ancestor). */
function insideOwnFile(item: Item, byId: ReadonlyMap<string, Item>): boolean {
  // No set of the ids seen: a walk longer than there are items has gone round a cycle, and has
  // met every ancestor it will ever meet.
  let steps = 0;
  for (let at = item.parent ? byId.get(item.parent) : undefined; at; steps++) {
    if (at.id === item.id || steps > byId.size) return false;
    if (at.file === item.file) return true;
    at = at.parent ? byId.get(at.parent) : undefined;
  }
  return false;
}
