import type { Phase } from "../../model/types.js";

export type PhaseStatus = "past" | "current" | "upcoming";

export interface PhaseView extends Phase {
  status: PhaseStatus;
}

/**
 * Where each phase of the revision schedule stands on `date` (YYYY-MM-DD). A phase runs from its
 * start, or else from the end of the phase before it, to its end, or else for its start day only.
 */
export function phaseStatuses(phases: Phase[], date: string): PhaseView[] {
  let previousEnd: string | undefined;
  return phases.map((phase) => {
    const from = phase.start ?? previousEnd;
    const to = phase.end ?? phase.start;
    previousEnd = to ?? previousEnd;
    let status: PhaseStatus;
    if (to !== undefined && date > to) status = "past";
    else if (from === undefined || date >= from)
      status = to === undefined && from === undefined ? "upcoming" : "current";
    else status = "upcoming";
    return { ...phase, status };
  });
}

/** One sentence on where the schedule stands, for the top of the table. */
export function scheduleSummary(phases: PhaseView[]): string {
  const current = phases.filter((p) => p.status === "current");
  if (current.length) return `Current phase: ${current.map((p) => p.title).join("; ")}.`;
  const next = phases.find((p) => p.status === "upcoming");
  if (!next) return "Every phase of this schedule is over.";
  const when = next.start ?? next.end;
  return `Between phases. Next: ${next.title}${when ? `, from ${when}` : ""}.`;
}
