import type { Item, Workspace } from "./types.js";

/**
 * Fills what every layout derives the same way: children lists, sibling order, progress from
 * milestones, and each item's motivating stories (the reverse of Story.goals). Mutates in place.
 */
export function finalizeWorkspace(ws: Workspace): Workspace {
  const byId = new Map<string, Item>();
  for (const item of ws.items) if (!byId.has(item.id)) byId.set(item.id, item);
  for (const item of ws.items) item.children = [];
  const rank = collationRanks(ws.paths);
  const byFile = (a: string, b: string) => {
    const x = rank.get(a);
    const y = rank.get(b);
    return x !== undefined && y !== undefined ? x - y : a.localeCompare(b);
  };
  ws.items.sort((a, b) => a.order - b.order || byFile(a.file, b.file));
  for (const item of ws.items) {
    const parent = item.parent ? byId.get(item.parent) : undefined;
    if (parent) parent.children.push(item.id);
    countMilestones(item);
  }
  for (const story of ws.vision?.stories ?? []) {
    for (const goal of story.goals) {
      const item = byId.get(goal);
      if (item && !item.stories.includes(story.id)) item.stories.push(story.id);
    }
  }
  return ws;
}

/** An item's progress from its milestones, when it declares none and chose no other source. */
export function countMilestones(item: Item): void {
  const fromMilestones = !item.progressFrom || item.progressFrom.source === "milestones";
  if (!item.progress && fromMilestones && item.milestones.length) {
    const done = item.milestones.filter((m) => m.state === "done").length;
    item.progress = { done, total: item.milestones.length, source: "milestones" };
  }
}

/**
 * Each path's place in `localeCompare` order, by path set: sorting items by file then compares
 * two numbers, and the collation of thousands of paths is paid once while the set stands (serve
 * keeps it between reloads), not at every comparison.
 */
function collationRanks(paths: ReadonlySet<string>): ReadonlyMap<string, number> {
  let ranks = ranked.get(paths);
  if (!ranks) {
    const sorted = [...paths].sort((a, b) => a.localeCompare(b));
    const made = new Map<string, number>();
    // Paths the collation holds equal share a rank, so they keep their order as before.
    sorted.forEach((path, i) => {
      const previous = sorted[i - 1];
      const same = previous !== undefined && previous.localeCompare(path) === 0;
      made.set(path, same ? made.get(previous)! : i);
    });
    ranks = made;
    ranked.set(paths, ranks);
  }
  return ranks;
}

const ranked = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, number>>();

/** Items in display order: each root followed by its descendants, depth-first. */
export function walkItems(
  ws: Workspace,
  filter: (item: Item) => boolean = () => true,
): { item: Item; depth: number }[] {
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const out: { item: Item; depth: number }[] = [];
  const visit = (item: Item, depth: number, seen: Set<string>) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    out.push({ item, depth });
    for (const id of item.children) {
      const child = byId.get(id);
      if (child) visit(child, depth + 1, seen);
    }
  };
  for (const item of ws.items) if (!item.parent && filter(item)) visit(item, 0, new Set());
  return out;
}
