import type { Link } from "../types.js";
import type { MeetingDay } from "./cadence-rule.js";

/** How a meeting repeats: every N days or weeks from its first date, or on weeks of the month. */
export type Recurrence =
  | { freq: "daily" | "weekly"; interval: number }
  | { freq: "monthly"; days: MeetingDay[] };

/**
 * One entry of the group's calendar: a meeting series, a phase of the vision's revision schedule,
 * or a phase of a period's slate. Plain data, the same for the same workspace and date.
 */
export interface CalendarEvent {
  /** Stable from build to build, so a calendar app updates the event instead of adding it again. */
  id: string;
  kind: "meeting" | "vision-phase" | "period-phase";
  /** What it belongs to: the cadence id, "vision", or the period id. */
  source: string;
  title: string;
  /** The first day, YYYY-MM-DD, in the event's own time zone. */
  date: string;
  /** The last day (inclusive) of an event that spans days; for one-day events, none. */
  until?: string;
  /** Local start time, HH:MM; none for an all-day event. */
  time?: string;
  /** IANA zone of `date` and `time`; UTC where the configuration names none. */
  timezone: string;
  durationMinutes?: number;
  recurrence?: Recurrence;
  where?: Link;
  /** Agenda lines, Markdown, as configured. */
  agenda: string[];
}

/** One dated instance of an event. */
export interface Occurrence {
  event: CalendarEvent;
  /** Its day, YYYY-MM-DD, in the event's time zone. */
  date: string;
  /** Its last day, inclusive, for events that span days. */
  until?: string;
  /** Start and end instants in UTC (ISO 8601), for timed events. */
  start?: string;
  end?: string;
}

/** Minutes a meeting lasts when the configuration does not say. */
export const DEFAULT_DURATION = 60;

/** Text as part of an id or a UID: lowercase letters and digits, hyphen-joined. */
export function idPart(text: string, fallback: string): string {
  const part = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return part || fallback;
}
