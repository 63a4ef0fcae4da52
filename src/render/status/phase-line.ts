import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import { currentPhase, nextPhase, phasesOfPeriod } from "../../model/period-phases.js";
import type { Workspace } from "../../model/types.js";
import type { Paint } from "./paint.js";

export interface PhaseStanding {
  /** The phase the period is in on the date; undefined before its first dated phase. */
  current?: { id: string; title: string; since?: string };
  next?: { id: string; title: string; date: string };
}

/** Where a period's cycle stands on `date` (YYYY-MM-DD): the current phase and the next dated one. */
export function phaseStanding(ws: Workspace, periodId: string, date: string): PhaseStanding {
  const phases = phasesOfPeriod(ws, periodId);
  const page = ws.periods.find((p) => p.id === periodId);
  const config = ws.config.periods.find((p) => p.id === periodId);
  const current = currentPhase(phases, date, {
    state: page?.state,
    start: page?.start ?? config?.start,
  });
  const next = nextPhase(phases, current);
  return {
    ...(current ? { current: { id: current.id, title: current.title, since: current.date } } : {}),
    ...(next?.date && next.date > date
      ? { next: { id: next.id, title: next.title, date: next.date } }
      : {}),
  };
}

/** "Phase: Review since 2024-06-01 · next: RFC on 2024-06-20", for `status --period`. */
export function phaseLine(standing: PhaseStanding, paint: Paint): string {
  const { current, next } = standing;
  if (!current && !next) return "";
  const now = current
    ? `${escapeTerminal(current.title)}${current.since ? ` since ${current.since}` : ""}`
    : "not open yet";
  const then = next ? ` · next: ${escapeTerminal(next.title)} on ${next.date}` : "";
  return `${paint.dim("Phase:")} ${now}${paint.dim(then)}\n`;
}
