import { DateTime } from "luxon";

/**
 * Day arithmetic on YYYY-MM-DD strings, in UTC so no machine's zone shifts a day, and the one
 * step that needs a zone: a wall-clock time there as a UTC instant, DST included (luxon over Intl).
 */

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return iso(time(date) + days * DAY);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((time(to) - time(from)) / DAY);
}

/** 0 for Sunday, as `Date#getUTCDay`. */
export function weekdayOf(date: string): number {
  return new Date(time(date)).getUTCDay();
}

/** The `week`th `weekday` of a month (1–4, or -1 for the last), as YYYY-MM-DD. */
export function nthWeekday(year: number, month: number, weekday: number, week: number): string {
  if (week > 0) {
    const first = Date.UTC(year, month - 1, 1);
    const offset = (weekday - new Date(first).getUTCDay() + 7) % 7;
    return iso(first + (offset + (week - 1) * 7) * DAY);
  }
  const last = Date.UTC(year, month, 0);
  const back = (new Date(last).getUTCDay() - weekday + 7) % 7;
  return iso(last - back * DAY);
}

/** `date` at `hhmm` in `zone`, as a UTC instant (ISO 8601, seconds). */
export function zonedInstant(date: string, hhmm: string, zone: string): string {
  const local = DateTime.fromISO(`${date}T${hhmm}`, { zone });
  return local.toUTC().toISO({ suppressMilliseconds: true }) ?? "";
}
