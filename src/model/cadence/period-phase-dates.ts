import type { Workspace } from "../types.js";
import { addDays } from "./calendar-dates.js";

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
 * The dated phases of every period, pages before waymark.yaml. What a period's dates imply:
 * it runs from `start`, and is closed the day after `end`.
 */
export function periodPhaseDates(ws: Workspace): DatedPeriodPhase[] {
  const pages = new Map(ws.periods.map((p) => [p.id, p]));
  const ids = [...new Set([...ws.periods.map((p) => p.id), ...ws.config.periods.map((p) => p.id)])];
  return ids.flatMap((id) => {
    const page = pages.get(id);
    const config = ws.config.periods.find((p) => p.id === id);
    const periodTitle = page?.title ?? config?.title ?? id;
    const start = page?.start ?? config?.start;
    const end = page?.end ?? config?.end;
    const phases: [string, string, string | undefined][] = [
      ["running", "Running", start],
      ["closed", "Closed", end && addDays(end, 1)],
    ];
    return phases.flatMap(([phase, title, date]) =>
      date ? [{ period: id, periodTitle, phase, title, date }] : [],
    );
  });
}
