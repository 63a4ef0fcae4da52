import { phasesOfPeriod } from "../period-phases.js";
import type { Workspace } from "../types.js";

/** One dated phase of a period's slate: the day it starts. */
export interface DatedPeriodPhase {
  period: string;
  periodTitle: string;
  /** The phase's id: proposals, review, rfc, accepted, running, closed. */
  phase: string;
  title: string;
  date: string;
}

/**
 * The dated phases of every period (src/model/period-phases.ts: the period page, else
 * waymark.yaml, else what `start` and `end` imply), pages before waymark.yaml's list.
 */
export function periodPhaseDates(ws: Workspace): DatedPeriodPhase[] {
  const ids = [...new Set([...ws.periods.map((p) => p.id), ...ws.config.periods.map((p) => p.id)])];
  return ids.flatMap((id) => {
    const periodTitle =
      ws.periods.find((p) => p.id === id)?.title ??
      ws.config.periods.find((p) => p.id === id)?.title ??
      id;
    return phasesOfPeriod(ws, id).flatMap((p) =>
      p.date ? [{ period: id, periodTitle, phase: p.id, title: p.title, date: p.date }] : [],
    );
  });
}
