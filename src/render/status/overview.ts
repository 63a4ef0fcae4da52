import { walkItems } from "../../model/finalize.js";
import { periodOf } from "../../model/period-of.js";
import type { Item, Workspace } from "../../model/types.js";
import { knownPeriods } from "./known-periods.js";
import { type StatusRow, toRow } from "./status-rows.js";

export interface Overview {
  /** The period shown when the workspace has no standing roadmap; undefined for the roadmap. */
  period?: string;
  /** Every row: the standing roadmap's, then each period's goals. */
  rows: StatusRow[];
  /** Beside a standing roadmap, each period's goals with their initiatives, in period order. */
  periods: { id: string; title: string; rows: StatusRow[] }[];
}

/**
 * The roadmap overview of seed 000: every goal with no period, each followed by its initiatives
 * to any depth, then the goals of each period, so no top-level goal is hidden. A workspace that
 * only has period slates shows its latest period instead, and says so.
 */
export function overviewRows(ws: Workspace): Overview {
  const period = periodOf(ws);
  const standing = walkItems(ws, (item) => !period(item)).filter(({ item }) => listed(item));
  if (standing.length) {
    const periods = knownPeriods(ws)
      .map((p) => ({
        id: p.id,
        title: p.title ?? p.id,
        rows: walkItems(ws, (item) => period(item) === p.id)
          .filter(({ item }) => listed(item))
          .map(({ item, depth }) => toRow(item, depth)),
      }))
      .filter((p) => p.rows.length > 0);
    const rows = standing.map(({ item, depth }) => toRow(item, depth));
    return { rows: [...rows, ...periods.flatMap((p) => p.rows)], periods };
  }
  const latest = knownPeriods(ws).at(-1)?.id;
  if (!latest) return { rows: [], periods: [] };
  const rows = walkItems(ws, (item) => period(item) === latest);
  return { period: latest, rows: rows.map(({ item, depth }) => toRow(item, depth)), periods: [] };
}

/**
 * False for an item its layout keeps in the model but its own overview does not list (a wg-async
 * roadmap page missing from roadmap.md's table): the overview prints the rows its source has.
 */
function listed(item: Item): boolean {
  return item.extra.unlisted !== true;
}
