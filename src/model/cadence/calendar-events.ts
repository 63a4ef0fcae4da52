import type { Cadence, Phase, Workspace } from "../types.js";
import { type CalendarEvent, idPart, type Recurrence } from "./calendar-event.js";
import { firstMeeting } from "./occurrences.js";
import { type DatedPeriodPhase, periodPhaseDates } from "./period-phase-dates.js";

/**
 * Every event of a workspace's calendar: each cadence as a meeting series, each phase of the
 * vision's revision schedule, and each dated phase of a period's slate. `date` (YYYY-MM-DD) only
 * places a series that has no anchor: it starts at its first meeting on or after that day.
 */
export function calendarEvents(ws: Workspace, date: string): CalendarEvent[] {
  return [
    ...ws.config.cadences.flatMap((c) => meetingEvent(c, date) ?? []),
    ...visionEvents(ws.vision?.schedule ?? []),
    ...periodPhaseDates(ws).flatMap(periodEvent),
  ];
}

function meetingEvent(c: Cadence, date: string): CalendarEvent | undefined {
  const recurrence: Recurrence = c.monthly
    ? { freq: "monthly", days: c.on ?? [] }
    : c.everyDays % 7 === 0
      ? { freq: "weekly", interval: c.everyDays / 7 }
      : { freq: "daily", interval: c.everyDays };
  const first = firstMeeting(recurrence, c.anchor, c.on?.[0], date);
  if (!first) return undefined;
  return {
    id: `meeting-${c.id}`,
    kind: "meeting",
    source: c.id,
    title: c.title,
    date: first,
    ...(c.time ? { time: c.time } : {}),
    timezone: c.timezone ?? "UTC",
    ...(c.durationMinutes ? { durationMinutes: c.durationMinutes } : {}),
    recurrence,
    ...(c.where ? { where: c.where } : {}),
    agenda: c.agenda,
  };
}

/**
 * A phase of the revision schedule runs from its start to its end; one with a single date is
 * that day ("2021 Q2 revision published: June 30"), and one with only an end says so.
 */
function visionEvents(schedule: Phase[]): CalendarEvent[] {
  const seen = new Map<string, number>();
  return schedule.flatMap((phase) => {
    const from = phase.start ?? phase.end;
    const to = phase.end ?? phase.start;
    if (!from || !to) return [];
    const slug = idPart(phase.title, "phase");
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return [
      {
        id: `vision-${slug}${n > 1 ? `-${n}` : ""}`,
        kind: "vision-phase" as const,
        source: "vision",
        title: `Vision: ${phase.title}${phase.start ? "" : " ends"}`,
        date: from,
        ...(to > from ? { until: to } : {}),
        timezone: "UTC",
        agenda: [],
      },
    ];
  });
}

/** A slate's phase is a milestone: the day it starts. */
function periodEvent(p: DatedPeriodPhase): CalendarEvent {
  return {
    id: `period-${idPart(p.period, "period")}-${p.phase}`,
    kind: "period-phase",
    source: p.period,
    title: `${p.periodTitle}: ${p.title}`,
    date: p.date,
    timezone: "UTC",
    agenda: [],
  };
}
