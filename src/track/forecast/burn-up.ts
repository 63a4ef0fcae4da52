import type { Item } from "../../model/types.js";
import type { HistoryRow } from "../cache/read-history.js";
import { issueKey } from "../forge.js";

/** Work done and work in scope at one sync. */
export interface BurnUpPoint {
  /** When that sync finished, ISO 8601. */
  at: string;
  done: number;
  total: number;
}

/**
 * An item's burn-up from the sync history: its tracking issue's figures at every sync, counted as
 * its progress is (closed sub-issues, or ticked checkboxes). Empty when its progress comes from
 * elsewhere (milestones in the file, a search, a figure set by hand): the history holds only the
 * tracking issue's figures. Syncs where the issue had no figures are left out.
 */
export function itemBurnUp(item: Item, history: ReadonlyMap<string, HistoryRow[]>): BurnUpPoint[] {
  const source = item.progress?.source;
  if (!item.tracking || (source !== "sub-issues" && source !== "checkboxes")) return [];
  const rows = history.get(issueKey(item.tracking)) ?? [];
  const points: BurnUpPoint[] = [];
  for (const row of rows) {
    const done = source === "sub-issues" ? row.subDone : row.checksDone;
    const total = source === "sub-issues" ? row.subTotal : row.checksTotal;
    if (done === null || !total) continue;
    points.push({ at: row.at, done, total });
  }
  return points;
}

/**
 * Several burn-ups added into one (a period's goals): at each sync any of them has a point, each
 * contributes its latest figures so far, and nothing before its first point.
 */
export function sumBurnUps(series: readonly BurnUpPoint[][]): BurnUpPoint[] {
  const times = [...new Set(series.flatMap((s) => s.map((p) => p.at)))].sort();
  const next = series.map(() => 0);
  const latest: (BurnUpPoint | undefined)[] = series.map(() => undefined);
  return times.map((at) => {
    let done = 0;
    let total = 0;
    series.forEach((points, i) => {
      for (let p = points[next[i]!]; p && p.at <= at; p = points[next[i]!]) {
        latest[i] = p;
        next[i]! += 1;
      }
      done += latest[i]?.done ?? 0;
      total += latest[i]?.total ?? 0;
    });
    return { at, done, total };
  });
}
