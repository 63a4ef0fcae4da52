import type { Period, PeriodConfig } from "./types.js";

/**
 * A slate's half-year cycle as rust-project-goals runs it (src/how_to/, src/2026/README.md): a
 * call for proposals, a readiness review with the teams, the RFC, the teams' decision, the goals
 * at work, and the end of the period. Each phase starts on a date and runs until the next one.
 */
export const PERIOD_PHASES = [
  "proposals",
  "review",
  "rfc",
  "accepted",
  "running",
  "closed",
] as const;
export type PeriodPhaseId = (typeof PERIOD_PHASES)[number];

export const PHASE_TITLES: Record<PeriodPhaseId, string> = {
  proposals: "Proposals open",
  review: "Review",
  rfc: "RFC",
  accepted: "Accepted",
  running: "Running",
  closed: "Closed",
};

/** The start date (YYYY-MM-DD) of each phase a file names. */
export type PhaseDates = Partial<Record<PeriodPhaseId, string>>;

/** Where a phase's date came from: the period page, waymark.yaml, or the period's own dates. */
export type PhaseSource = "period" | "config" | "derived";

export interface PeriodPhase {
  id: PeriodPhaseId;
  title: string;
  /** When it starts; undefined when no file says and nothing implies it. */
  date?: string;
  source?: PhaseSource;
}

/**
 * Every phase of a period, in cycle order, with the date the period page gives it, else
 * waymark.yaml's `periods:` entry, else what the period's dates imply: `running` from `start`,
 * `closed` the day after `end`. An implied date that would come before an earlier phase's date is
 * left out (a 2026 slate whose RFC opened in February still started its year in January).
 */
export function periodPhases(
  page: Period | undefined,
  config: PeriodConfig | undefined,
): PeriodPhase[] {
  const start = page?.start ?? config?.start;
  const end = page?.end ?? config?.end;
  const implied: PhaseDates = {
    ...(start ? { running: start } : {}),
    ...(end ? { closed: dayAfter(end) } : {}),
  };
  let latest = "";
  return PERIOD_PHASES.map((id): PeriodPhase => {
    const own = page?.phases?.[id];
    const configured = config?.phases?.[id];
    const derived = implied[id] !== undefined && implied[id]! >= latest ? implied[id] : undefined;
    const date = own ?? configured ?? derived;
    const source: PhaseSource | undefined =
      own !== undefined
        ? "period"
        : configured !== undefined
          ? "config"
          : derived !== undefined
            ? "derived"
            : undefined;
    if (date && date > latest) latest = date;
    return { id, title: PHASE_TITLES[id], ...(date ? { date, source } : {}) };
  });
}

/**
 * The phase a period is in on `date` (YYYY-MM-DD): the last phase that has started. A slate
 * marked accepted is at least accepted, and an accepted slate whose period has begun is running,
 * though no file dates those steps. Undefined before the first dated phase.
 */
export function currentPhase(
  phases: PeriodPhase[],
  date: string,
  period?: { state?: "draft" | "accepted"; start?: string },
): PeriodPhase | undefined {
  let at = -1;
  phases.forEach((p, i) => {
    if (p.date !== undefined && p.date <= date) at = i;
  });
  const accepted = PERIOD_PHASES.indexOf("accepted");
  const running = PERIOD_PHASES.indexOf("running");
  if (period?.state === "accepted" && at < accepted) at = accepted;
  if (
    at === accepted &&
    period?.start !== undefined &&
    period.start <= date &&
    !phases[running]?.date
  )
    at = running;
  return at >= 0 ? phases[at] : undefined;
}

/** The first phase after `phase` that has a date, for "next: RFC on 2024-06-20". */
export function nextPhase(
  phases: PeriodPhase[],
  phase: PeriodPhase | undefined,
): PeriodPhase | undefined {
  const from = phase ? phases.indexOf(phase) + 1 : 0;
  return phases.slice(from).find((p) => p.date !== undefined);
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date that exists (2024-02-30 does not). */
export function isCalendarDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(time) &&
    new Date(time).toISOString().startsWith(date)
  );
}

/** A period's phases as the workspace gives them: its page and its waymark.yaml entry. */
export function phasesOfPeriod(
  ws: { periods: Period[]; config: { periods: PeriodConfig[] } },
  id: string,
): PeriodPhase[] {
  const page = ws.periods.find((p) => p.id === id);
  const config = ws.config.periods.find((p) => p.id === id);
  return periodPhases(page, config);
}
