import { walkItems } from "../../model/finalize.js";
import type { SlateStatus, Theme, Workspace } from "../../model/types.js";
import { SLATE_STATUSES } from "../../model/types.js";
import type { KnownPeriod } from "./known-periods.js";
import { periodOf, type StatusRow, toRow } from "./status-rows.js";

export interface SlateGroup {
  /** The flagship theme; undefined for "the other 90%". */
  theme?: Theme;
  rows: StatusRow[];
}

export interface Slate {
  period: { id: string; title: string; state?: "draft" | "accepted" };
  groups: SlateGroup[];
  /** Goals by slate status, in the order of SLATE_STATUSES; `none` counts goals without one. */
  counts: { status: SlateStatus | "none"; count: number }[];
}

/**
 * A period's goal slate (seed 001): one group per flagship theme, in the page's order, then the
 * other 90% (goals with no theme, or one the period does not name). Only the period's top goals
 * are listed; initiatives that inherit the period stay with their goal.
 */
export function slateOf(ws: Workspace, known: KnownPeriod): Slate {
  const page = ws.periods.find((p) => p.id === known.id);
  const period = periodOf(ws);
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const rows = walkItems(ws)
    .filter(({ item }) => {
      if (period(item) !== known.id) return false;
      const parent = item.parent ? byId.get(item.parent) : undefined;
      return !parent || period(parent) !== known.id;
    })
    .map(({ item }) => toRow(item, 0));
  const themes = page?.themes ?? [];
  const themeIds = new Set(themes.map((t) => t.id));
  const groups: SlateGroup[] = themes.map((theme) => ({
    theme,
    rows: rows.filter((r) => r.theme === theme.id),
  }));
  groups.push({ rows: rows.filter((r) => !r.theme || !themeIds.has(r.theme)) });
  const counts = [...SLATE_STATUSES, "none" as const]
    .map((status) => ({
      status,
      count: rows.filter((r) => (r.status ?? "none") === status).length,
    }))
    .filter((c) => c.count > 0);
  return {
    period: { id: known.id, title: page?.title ?? known.title ?? known.id, state: page?.state },
    groups,
    counts,
  };
}
