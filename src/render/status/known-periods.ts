import type { Workspace } from "../../model/types.js";

export interface KnownPeriod {
  id: string;
  title?: string;
  start?: string;
  end?: string;
}

/**
 * Every period the workspace names: period pages first, then waymark.yaml's list, then any period
 * an item names without a page. Oldest first, by date where there is one and else by id.
 */
export function knownPeriods(ws: Workspace): KnownPeriod[] {
  const out = new Map<string, KnownPeriod>();
  const add = (p: KnownPeriod) => {
    const had = out.get(p.id);
    out.set(p.id, {
      id: p.id,
      title: had?.title ?? p.title,
      start: had?.start ?? p.start,
      end: had?.end ?? p.end,
    });
  };
  for (const p of ws.periods) add(p);
  for (const p of ws.config.periods) add(p);
  for (const item of ws.items) if (item.period) add({ id: item.period });
  const when = (p: KnownPeriod) => p.start ?? p.end ?? "";
  return [...out.values()].sort(
    (a, b) => when(a).localeCompare(when(b)) || a.id.localeCompare(b.id, "en", { numeric: true }),
  );
}

/** Finds a period by id, ignoring case: people type 2024H2 as often as 2024h2. */
export function findPeriod(ws: Workspace, id: string): KnownPeriod | undefined {
  return knownPeriods(ws).find((p) => p.id.toLowerCase() === id.toLowerCase());
}
