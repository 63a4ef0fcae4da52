import type { Item } from "./types.js";

/** The teams asked by an item and by its parts, depth first, each once. */
export function teamsAsked(item: Item, byId: ReadonlyMap<string, Item>): string[] {
  const teams = new Set<string>();
  for (const part of partsOf(item, byId)) for (const ask of part.asks) teams.add(ask.team);
  return [...teams];
}

/** The item, then its descendants depth first (each once, even if the tree has a cycle). */
export function partsOf(item: Item, byId: ReadonlyMap<string, Item>): Item[] {
  const out: Item[] = [];
  const seen = new Set<string>();
  const visit = (at: Item) => {
    if (seen.has(at.id)) return;
    seen.add(at.id);
    out.push(at);
    for (const id of at.children) {
      const child = byId.get(id);
      if (child) visit(child);
    }
  };
  visit(item);
  return out;
}
