import type { MeetingDay } from "./cadence-rule.js";
import { addDays, daysBetween, nthWeekday, weekdayOf, zonedInstant } from "./calendar-dates.js";
import {
  type CalendarEvent,
  DEFAULT_DURATION,
  type Occurrence,
  type Recurrence,
} from "./calendar-event.js";

/**
 * The first meeting of a series: its anchor (for a monthly rotation, the first meeting day on or
 * after it), else the first meeting day on or after `date`. A series of days with neither an
 * anchor nor a weekday has no place in the calendar.
 */
export function firstMeeting(
  recurrence: Recurrence,
  anchor: string | undefined,
  weekday: MeetingDay | undefined,
  date: string,
): string | undefined {
  if (recurrence.freq === "monthly") return monthlyDays(recurrence.days, anchor ?? date)[0];
  if (anchor) return anchor;
  if (!weekday) return undefined;
  return addDays(date, (weekday.weekday - weekdayOf(date) + 7) % 7);
}

/**
 * The occurrences of an event whose last day is on or after `from`, in order, at most `limit`.
 * An event that spans days and has begun counts: it is still going on.
 */
export function occurrences(event: CalendarEvent, from: string, limit: number): Occurrence[] {
  const days = !event.recurrence
    ? (event.until ?? event.date) >= from
      ? [event.date]
      : []
    : event.recurrence.freq === "monthly"
      ? monthlyDays(event.recurrence.days, from > event.date ? from : event.date, limit)
      : steppedDays(event.date, stepOf(event.recurrence), from, limit);
  return days.slice(0, limit).map((date) => occurrenceOn(event, date));
}

/**
 * What comes next on `date`: the occurrences of every event, soonest first, at most `limit`, and
 * at most `perEvent` of each series (the next meeting of each, rather than a month of one).
 */
export function upcoming(
  events: CalendarEvent[],
  date: string,
  limit: number,
  perEvent = limit,
): Occurrence[] {
  return events
    .flatMap((e) => occurrences(e, date, Math.min(limit, perEvent)))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.start ?? "").localeCompare(b.start ?? "") ||
        a.event.id.localeCompare(b.event.id),
    )
    .slice(0, limit);
}

function stepOf(r: Recurrence): number {
  return r.freq === "weekly" ? r.interval * 7 : r.freq === "daily" ? r.interval : 1;
}

function steppedDays(first: string, step: number, from: string, limit: number): string[] {
  const since = daysBetween(first, from);
  const k = since <= 0 ? 0 : Math.ceil(since / step);
  return Array.from({ length: limit }, (_, i) => addDays(first, (k + i) * step));
}

/** Meeting days of a monthly rotation on or after `from`, in order. */
function monthlyDays(days: MeetingDay[], from: string, limit = 1): string[] {
  if (!days.length) return [];
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  // Each month holds at least one meeting, so `limit` months past the first always suffice.
  for (let m = 0; m <= limit; m++) {
    const dates = days.map((d) => nthWeekday(year, month, d.weekday, d.week ?? 1)).sort();
    for (const d of new Set(dates)) if (d >= from) out.push(d);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out.slice(0, limit);
}

function occurrenceOn(event: CalendarEvent, date: string): Occurrence {
  if (!event.time) return { event, date, ...(event.until ? { until: event.until } : {}) };
  const start = zonedInstant(date, event.time, event.timezone);
  const minutes = event.durationMinutes ?? DEFAULT_DURATION;
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString().replace(".000", "");
  return { event, date, start, end };
}
