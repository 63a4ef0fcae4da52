import { partsOf } from "../../model/item-parts.js";
import type { Item } from "../../model/types.js";
import { compareEnglish } from "../site/collate.js";
import { displayTitle } from "../status/status-rows.js";

/** One ask of one team: the goal, the part of it that asks (the goal itself or a subgoal), what. */
export interface TeamAskRow {
  goal: { id: string; title: string; shortTitle: string };
  /** The subgoal or task group that asks, when it is not the goal itself. */
  part?: { id: string; title: string };
  ask: string;
  /** Small, Medium or Large where the layout has levels. */
  level: string | null;
}

/** Everything the slate asks of one team, in slate order. */
export interface TeamAskTable {
  team: string;
  rows: TeamAskRow[];
}

/**
 * The team-asks tables of a slate (the book's `(((TEAM ASKS)))`): one table per team asked by
 * `goals` or their parts, teams in alphabetical order, rows in the order of the goals.
 */
export function teamAskTables(goals: Item[], byId: ReadonlyMap<string, Item>): TeamAskTable[] {
  const byTeam = new Map<string, TeamAskRow[]>();
  for (const goal of goals) {
    const head = { id: goal.id, title: goal.title, shortTitle: displayTitle(goal) };
    for (const part of partsOf(goal, byId)) {
      for (const ask of part.asks) {
        const rows = byTeam.get(ask.team) ?? [];
        byTeam.set(ask.team, rows);
        rows.push({
          goal: head,
          ...(part === goal ? {} : { part: { id: part.id, title: part.title } }),
          ask: ask.ask,
          level: ask.level ?? null,
        });
      }
    }
  }
  return [...byTeam]
    .sort(([a], [b]) => compareEnglish(a, b))
    .map(([team, rows]) => ({ team, rows }));
}
