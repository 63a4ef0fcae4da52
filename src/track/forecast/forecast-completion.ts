import { addDays } from "../../model/calendar-dates.js";
import type { BurnUpPoint } from "./burn-up.js";

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** Weeks of history the pace is taken from, at most. */
export const FORECAST_WEEKS = 6;
/** Whole weeks of history needed before anything is projected. */
export const MIN_FORECAST_WEEKS = 2;

/** How a goal stands against its period's end. */
export type Risk = "done" | "on-track" | "at-risk" | "off-track" | "unknown";

export type Forecast =
  | { kind: "no-history" }
  /** Progress counted elsewhere (milestones in the file, a search, by hand): no history of it. */
  | { kind: "untracked" }
  /** Fewer than MIN_FORECAST_WEEKS whole weeks between the first sync and the last. */
  | { kind: "too-little-history"; syncs: number; days: number }
  | { kind: "done"; done: number; total: number }
  /** Nothing got done in the window: no date can be projected. */
  | { kind: "stalled"; remaining: number; weeks: number }
  | {
      kind: "projected";
      remaining: number;
      /** Whole weeks the pace was measured over. */
      weeks: number;
      /** Work done per week, averaged over the window. */
      pace: number;
      /** The slowest and the fastest single week of the window. */
      slowest: number;
      fastest: number;
      /** YYYY-MM-DD: at the average pace, the fastest week's pace, and the slowest week's. */
      date: string;
      earliest: string;
      /** undefined when a week of the window got nothing done: no latest date can be given. */
      latest?: string;
    };

/**
 * When the work of a burn-up completes at its recent pace. The pace is the work done per week
 * over the last `weeks` whole weeks before `asOf` (fewer when the history is shorter); the
 * remaining work is the latest total less the latest done, so scope added later is not foreseen.
 * The range runs from the fastest single week's pace to the slowest's. Pure: the same points and
 * `asOf` always give the same answer.
 */
export function forecastCompletion(
  points: readonly BurnUpPoint[],
  asOf: string,
  weeks = FORECAST_WEEKS,
): Forecast {
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const last = sorted.at(-1);
  if (!last) return { kind: "no-history" };
  const now = Date.parse(asOf);
  const remaining = Math.max(0, last.total - last.done);
  if (remaining === 0) return { kind: "done", done: last.done, total: last.total };
  const span = now - Date.parse(sorted[0]!.at);
  const window = Math.min(weeks, Math.floor(span / WEEK));
  if (window < MIN_FORECAST_WEEKS)
    return { kind: "too-little-history", syncs: sorted.length, days: Math.floor(span / DAY) };
  const doneAt = (time: number) => {
    let done = 0;
    for (const p of sorted) if (Date.parse(p.at) <= time) done = p.done;
    return done;
  };
  const paces = Array.from({ length: window }, (_, k) =>
    Math.max(0, doneAt(now - k * WEEK) - doneAt(now - (k + 1) * WEEK)),
  );
  const pace = Math.max(0, doneAt(now) - doneAt(now - window * WEEK)) / window;
  if (pace === 0) return { kind: "stalled", remaining, weeks: window };
  const slowest = Math.min(...paces);
  const fastest = Math.max(...paces);
  const day = asOf.slice(0, 10);
  const after = (perWeek: number) => addDays(day, Math.ceil((remaining / perWeek) * 7));
  return {
    kind: "projected",
    remaining,
    weeks: window,
    pace,
    slowest,
    fastest,
    date: after(pace),
    earliest: after(fastest),
    ...(slowest > 0 ? { latest: after(slowest) } : {}),
  };
}

/**
 * A forecast against a period's last day (YYYY-MM-DD): on track when even the slowest week's
 * pace finishes by then, at risk when the average pace does but the slowest would not, off track
 * when the average pace would not (or nothing moved). Unknown without enough history or an end.
 */
export function riskOf(forecast: Forecast, end: string | undefined): Risk {
  if (forecast.kind === "done") return "done";
  if (!end) return "unknown";
  if (forecast.kind === "stalled") return "off-track";
  if (forecast.kind !== "projected") return "unknown";
  if (forecast.latest !== undefined && forecast.latest <= end) return "on-track";
  return forecast.date <= end ? "at-risk" : "off-track";
}
