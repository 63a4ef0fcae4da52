import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod } from "ical-generator";
import { DateTime } from "luxon";
import { ICAL_WEEKDAYS } from "../../model/cadence/cadence-rule.js";
import { addDays } from "../../model/cadence/calendar-dates.js";
import {
  type CalendarEvent,
  DEFAULT_DURATION,
  idPart,
} from "../../model/cadence/calendar-event.js";

export interface CalendarIcsOptions {
  /** The calendar's name: the group's. */
  name: string;
  /** YYYY-MM-DD: every event's DTSTAMP, so the same date gives the same bytes. */
  date: string;
  /** Where an event is described: its page on the site, or the meeting's link. */
  urlOf?: (event: CalendarEvent) => string | undefined;
}

/**
 * The calendar as an iCalendar file (RFC 5545): a meeting is one VEVENT with an RRULE in its own
 * time zone (TZID, with the zone's VTIMEZONE), phases are all-day events. Each UID is the event's
 * stable id and the group's, so a calendar app subscribed to the file updates its events.
 */
export function calendarIcs(events: CalendarEvent[], options: CalendarIcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "waymark", product: "waymark", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const stamp = new Date(`${options.date}T00:00:00Z`);
  const group = idPart(options.name, "group");
  for (const event of events) {
    const url = options.urlOf?.(event) ?? event.where?.url;
    const common = {
      id: `${event.id}.${group}@waymark`,
      stamp,
      summary: event.title,
      ...(event.agenda.length ? { description: event.agenda.map((a) => `- ${a}`).join("\n") } : {}),
      ...(event.where ? { location: event.where.title } : {}),
      ...(url ? { url } : {}),
      ...(event.recurrence ? { repeating: rrule(event) } : {}),
    };
    if (event.time) {
      const start = DateTime.fromISO(`${event.date}T${event.time}`, { zone: event.timezone });
      calendar.createEvent({
        ...common,
        start,
        end: start.plus({ minutes: event.durationMinutes ?? DEFAULT_DURATION }),
        timezone: event.timezone,
      });
    } else {
      calendar.createEvent({
        ...common,
        allDay: true,
        start: utcDay(event.date),
        // DTEND of an all-day event is the day after its last.
        end: utcDay(addDays(event.until ?? event.date, 1)),
      });
    }
  }
  return calendar.toString();
}

function rrule(event: CalendarEvent): string {
  const r = event.recurrence!;
  if (r.freq === "monthly") {
    const days = r.days.map((d) => `${d.week ?? 1}${ICAL_WEEKDAYS[d.weekday]}`);
    return `FREQ=MONTHLY;BYDAY=${days.join(",")}`;
  }
  const freq = r.freq === "weekly" ? "WEEKLY" : "DAILY";
  return r.interval > 1 ? `FREQ=${freq};INTERVAL=${r.interval}` : `FREQ=${freq}`;
}

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
