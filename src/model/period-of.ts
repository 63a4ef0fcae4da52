import type { Item, Workspace } from "./types.js";

/** An item's period: its own, or else the nearest ancestor's (initiatives inherit their goal's). */
export function periodOf(ws: Workspace): (item: Item) => string | undefined {
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  return (item) => {
    const seen = new Set<string>();
    for (let at: Item | undefined = item; at && !seen.has(at.id); ) {
      if (at.period) return at.period;
      seen.add(at.id);
      at = at.parent ? byId.get(at.parent) : undefined;
    }
    return undefined;
  };
}
