import { partsOf } from "../model/item-parts.js";
import { currentPhase, phasesOfPeriod } from "../model/period-phases.js";
import type { Item, Workspace } from "../model/types.js";

/** What the readiness rules need to know beyond the model: the day, and the slates asked for. */
export interface ReviewScope {
  /** The day the check runs, YYYY-MM-DD: a period whose phase is then `review` is reviewed. */
  date?: string;
  /** Periods reviewed whatever their phase (`waymark check --period P`). */
  periods?: string[];
}

/** A goal on a slate under review, with its period's id. */
export interface GoalUnderReview {
  goal: Item;
  period: string;
}

/**
 * The goals the readiness rules look at: the top goals of every period in its review phase on the
 * day of the check, and of every period asked for by name. A goal's parts (initiatives, subgoals)
 * are reviewed with it, and goals already not accepted are left alone.
 */
export function goalsUnderReview(ws: Workspace, scope: ReviewScope): GoalUnderReview[] {
  const reviewed = periodsUnderReview(ws, scope);
  if (!reviewed.size) return [];
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  return ws.items.flatMap((goal) => {
    if (!goal.period || !reviewed.has(goal.period) || goal.status === "not-accepted") return [];
    const parent = goal.parent ? byId.get(goal.parent) : undefined;
    if (parent?.period === goal.period) return [];
    return [{ goal, period: goal.period }];
  });
}

/** The ids of the periods under review: in their review phase on the date, or asked for. */
export function periodsUnderReview(ws: Workspace, scope: ReviewScope): Set<string> {
  const out = new Set<string>();
  const asked = new Set((scope.periods ?? []).map((p) => p.toLowerCase()));
  const ids = new Set([...ws.periods.map((p) => p.id), ...ws.config.periods.map((p) => p.id)]);
  for (const id of ids) {
    if (asked.has(id.toLowerCase())) {
      out.add(id);
      continue;
    }
    if (!scope.date) continue;
    const page = ws.periods.find((p) => p.id === id);
    const start = page?.start ?? ws.config.periods.find((p) => p.id === id)?.start;
    const phase = currentPhase(phasesOfPeriod(ws, id), scope.date, { state: page?.state, start });
    if (phase?.id === "review") out.add(id);
  }
  return out;
}

/** A goal and everything under it: subgoals ask teams too. */
export function withParts(ws: Workspace, goal: Item): Item[] {
  return partsOf(goal, new Map(ws.items.map((i) => [i.id, i] as const)));
}
