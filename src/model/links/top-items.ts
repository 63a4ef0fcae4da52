import type { Item } from "../types.js";

/**
 * The item a link to each item file opens: its top item, the one of the file's items that the
 * others in the file descend from. A file that holds one item maps to it; a rust-project-goals goal
 * with subgoals maps to the goal, whatever order the layout listed them in. A file whose items
 * have no one top (wg-async's roadmap page, whose rows are goals and initiatives of several goals)
 * maps to null: a link to it opens the file's own page, never whichever row came first.
 */
export function topItems(items: readonly Item[]): ReadonlyMap<string, Item | null> {
  const known = made.get(items);
  if (known) return known;
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
  return out;
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
