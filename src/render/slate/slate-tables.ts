import { walkItems } from "../../model/finalize.js";
import { teamsAsked } from "../../model/item-parts.js";
import { themesNamed } from "../../model/layouts/rust-project-goals/roadmaps.js";
import { periodOf } from "../../model/period-of.js";
import type { Item, SlateStatus, Theme, Workspace } from "../../model/types.js";
import { SLATE_STATUSES } from "../../model/types.js";
import type { KnownPeriod } from "../status/known-periods.js";
import { type StatusRow, toRow } from "../status/status-rows.js";
import { type TeamAskTable, teamAskTables } from "./team-ask-tables.js";

/**
 * One goal of a slate. `title` is the short title where there is one (terminal tables, where space
 * is tight); `fullTitle` is the goal's own title, as the book shows it. `teams` are the teams asked
 * by the goal and by every part of it (subgoals, task groups), in the order they are first asked.
 */
export interface SlateRow extends StatusRow {
  fullTitle: string;
}

export interface SlateGroup {
  /** The flagship theme; undefined for "the other 90%". */
  theme?: Theme;
  rows: SlateRow[];
}

export interface Slate {
  period: { id: string; title: string; state?: "draft" | "accepted" };
  /** Goals on the slate (every status but not-accepted), by theme. */
  groups: SlateGroup[];
  /** Goals the slate did not accept: shown apart, as the book does, and asking no team. */
  notAccepted: SlateRow[];
  /** Goals by slate status, in the order of SLATE_STATUSES; `none` counts goals without one. */
  counts: { status: SlateStatus | "none"; count: number }[];
  /** What each team is asked, by the goals on the slate (not the not-accepted ones). */
  teamAsks: TeamAskTable[];
}

/**
 * A period's goal slate (seed 001): one group per flagship theme, in the page's order (a goal
 * naming several themes is in each), then the
 * other 90% (goals with no theme, or one the period does not name), then the goals not accepted.
 * Only the period's top goals are listed; initiatives that inherit the period stay with their goal
 * and lend it the teams they ask. Pure: the site's slate page, `status --period` and
 * `slate rfc` all print these rows.
 */
export function slateOf(ws: Workspace, known: KnownPeriod): Slate {
  const page = ws.periods.find((p) => p.id === known.id);
  const period = periodOf(ws);
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const goals = walkItems(ws)
    .filter(({ item }) => {
      if (period(item) !== known.id) return false;
      const parent = item.parent ? byId.get(item.parent) : undefined;
      return !parent || period(parent) !== known.id;
    })
    .map(({ item }) => item);
  const rows = goals.map((item) => slateRow(item, byId));
  const accepted = rows.filter((r) => r.status !== "not-accepted");
  const themes = page?.themes ?? [];
  const themeIds = new Set(themes.map((t) => t.id));
  // A goal tagged with several roadmaps is listed under each, as the book's roadmap pages do.
  const named = new Map(goals.map((g) => [g.id, themesNamed(g, themes)] as const));
  const groups: SlateGroup[] = themes.map((theme) => ({
    theme,
    rows: accepted.filter((r) => named.get(r.id)?.includes(theme.id)),
  }));
  groups.push({ rows: accepted.filter((r) => !r.theme || !themeIds.has(r.theme)) });
  const counts = [...SLATE_STATUSES, "none" as const]
    .map((status) => ({
      status,
      count: rows.filter((r) => (r.status ?? "none") === status).length,
    }))
    .filter((c) => c.count > 0);
  return {
    period: { id: known.id, title: page?.title ?? known.title ?? known.id, state: page?.state },
    groups,
    notAccepted: rows.filter((r) => r.status === "not-accepted"),
    counts,
    teamAsks: teamAskTables(
      goals.filter((g) => g.status !== "not-accepted"),
      byId,
    ),
  };
}

/** The goals on the slate (not the not-accepted ones), each once, in the order of its groups. */
export function slateGoals<R extends { id: string }>(slate: { groups: { rows: R[] }[] }): R[] {
  const seen = new Set<string>();
  return slate.groups.flatMap((g) => g.rows).filter((r) => !seen.has(r.id) && !!seen.add(r.id));
}

/** A goal's row, its teams rolled up from its parts. */
export function slateRow(item: Item, byId: ReadonlyMap<string, Item>): SlateRow {
  const row = toRow(item, 0);
  return { ...row, fullTitle: item.title, teams: teamsAsked(item, byId) };
}
