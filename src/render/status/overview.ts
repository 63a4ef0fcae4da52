import { walkItems } from "../../model/finalize.js";
import type { Item, Workspace } from "../../model/types.js";
import { knownPeriods } from "./known-periods.js";
import { periodOf, type StatusRow, toRow } from "./status-rows.js";

export interface Overview {
  /** The period shown when the workspace has no standing roadmap; undefined for the roadmap. */
  period?: string;
  rows: StatusRow[];
}

/**
 * The roadmap overview of seed 000: every goal with no period, each followed by its initiatives
 * to any depth. A workspace that only has period slates shows its latest period instead.
 */
export function overviewRows(ws: Workspace): Overview {
  const period = periodOf(ws);
  const standing = walkItems(ws, (item) => !period(item)).filter(({ item }) => listed(item));
  if (standing.length) return { rows: standing.map(({ item, depth }) => toRow(item, depth)) };
  const latest = knownPeriods(ws).at(-1)?.id;
  if (!latest) return { rows: [] };
  const rows = walkItems(ws, (item) => period(item) === latest);
  return { period: latest, rows: rows.map(({ item, depth }) => toRow(item, depth)) };
}

/**
 * False for an item its layout keeps in the model but its own overview does not list (a wg-async
 * roadmap page missing from roadmap.md's table): the overview prints the rows its source has.
 */
function listed(item: Item): boolean {
  return item.extra.unlisted !== true;
}
