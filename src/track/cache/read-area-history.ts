import type { Cache } from "./open-cache.js";

/** How many open issues of the triage area each pile held at one sync. */
export interface AreaCount {
  /** When that sync finished, ISO 8601. */
  at: string;
  focus: number;
  onDeck: number;
  other: number;
  uncategorised: number;
}

/** The area's pile counts at every sync that read the area, oldest first. */
export async function readAreaHistory(db: Cache): Promise<AreaCount[]> {
  return db
    .selectFrom("area_history")
    .innerJoin("sync", "sync.id", "area_history.sync_id")
    .select([
      "sync.finished_at as at",
      "area_history.focus as focus",
      "area_history.on_deck as onDeck",
      "area_history.other as other",
      "area_history.uncategorised as uncategorised",
    ])
    .orderBy("sync.id")
    .execute();
}
