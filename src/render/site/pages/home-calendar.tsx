import { meetingDayText } from "../../../model/cadence/cadence-rule.js";
import type { CalendarEvent } from "../../../model/cadence/calendar-event.js";
import { calendarEvents } from "../../../model/cadence/calendar-events.js";
import { occurrences, upcoming } from "../../../model/cadence/occurrences.js";
import type { Cadence } from "../../../model/types.js";
import { PageLink } from "../components/links.js";
import { formatDate } from "../dates.js";
import type { SiteIndex } from "../site-index.js";
import { segment, sitePaths } from "../site-paths.js";

/** How many upcoming events the home page lists. */
const SHOWN = 6;

export interface NextEvent {
  title: string;
  date: string;
  until?: string;
  /** Local time and zone of a meeting. */
  time?: string;
  timezone?: string;
  /** The page (and anchor) the event belongs to. */
  path: string;
}

/** What comes next on the build's date, and each cadence's next meeting, from one event list. */
export function homeCalendar(index: SiteIndex): {
  next: NextEvent[];
  nextMeeting: (cadence: Cadence) => string | null;
} {
  const { date } = index.options;
  const events = calendarEvents(index.ws, date);
  const next = upcoming(events, date, SHOWN, 1).map((o) => ({
    title: o.event.title,
    date: o.date,
    ...(o.until ? { until: o.until } : {}),
    ...(o.event.time ? { time: o.event.time, timezone: o.event.timezone } : {}),
    path: pathOf(o.event),
  }));
  const byId = new Map(events.map((e) => [e.id, e]));
  return {
    next,
    nextMeeting: (c) => {
      const event = byId.get(`meeting-${c.id}`);
      return (event && occurrences(event, date, 1)[0]?.date) ?? null;
    },
  };
}

function pathOf(event: CalendarEvent): string {
  if (event.kind === "vision-phase") return sitePaths.vision;
  if (event.kind === "period-phase") return sitePaths.period(event.source);
  return `${sitePaths.home}#meeting-${segment(event.source)}`;
}

/** "Every two weeks", "Every month on the first Thursday and the third Thursday". */
export function cadenceText(c: Cadence, anchorWeekday: string | undefined): string {
  const days = (c.on ?? []).map(meetingDayText);
  if (c.monthly) return `Every month on the ${days.join(" and the ")}`;
  const every =
    c.everyDays === 7
      ? "Every week"
      : c.everyDays === 14
        ? "Every two weeks"
        : c.everyDays % 7 === 0
          ? `Every ${c.everyDays / 7} weeks`
          : `Every ${c.everyDays} days`;
  const day = days[0] ?? anchorWeekday;
  return day ? `${every} on ${day}s` : every;
}

/** The home page's "What comes next": the next events, and the calendar to subscribe to. */
export function WhatComesNext({ next, date }: { next: NextEvent[]; date: string }) {
  return (
    <section aria-labelledby="what-comes-next">
      <h2 id="what-comes-next">What comes next</h2>
      <p>
        As of <time dateTime={date}>{formatDate(date)}</time>.{" "}
        <PageLink path={sitePaths.calendar}>Subscribe to the calendar</PageLink> (iCalendar) to have
        every meeting and phase in your own calendar app.
      </p>
      {next.length > 0 ? (
        <ul class="upcoming">
          {next.map((e) => (
            <li>
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              {e.until && (
                <>
                  {" to "}
                  <time dateTime={e.until}>{formatDate(e.until)}</time>
                </>
              )}
              {e.time && ` at ${e.time} (${e.timezone})`}:{" "}
              <PageLink path={e.path}>{e.title}</PageLink>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing is scheduled after this date.</p>
      )}
    </section>
  );
}
