import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingExample } from "../../../test/helpers/meeting-example.js";
import { testdir } from "../../../test/helpers/testdir.js";
import { calendarEvents } from "../../model/cadence/calendar-events.js";
import { occurrences } from "../../model/cadence/occurrences.js";
import type { Workspace } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { calendarIcs } from "./calendar-ics.js";

/** Every VEVENT of an ICS text, read back by ical.js with the file's own VTIMEZONEs. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents("vtimezone"))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

/** The first `n` starts of an event on or after `from`, as ical.js expands its RRULE. */
function nextStarts(event: ICAL.Event, from: string, n: number): string[] {
  const out: string[] = [];
  const it = event.iterator();
  for (let t = it.next(); t && out.length < n; t = it.next()) {
    const day = t.toString().slice(0, 10);
    const last = event.isRecurring()
      ? day
      : event.endDate.clone().adjust(-1, 0, 0, 0).toString().slice(0, 10);
    if (last < from) continue;
    out.push(t.isDate ? day : t.toJSDate().toISOString().replace(".000", ""));
  }
  return out;
}

async function roundTrip(ws: Workspace, date: string) {
  const events = calendarEvents(ws, date);
  const text = calendarIcs(events, { name: ws.config.group.name, date });
  const parsed = new Map(parseIcs(text).map((e) => [e.uid, e]));
  return { events, text, parsed };
}

describe("calendarIcs: parsed back by ical.js, the same next dates", () => {
  it("the example: weekly triage and two-weekly review in their zones, the vision's phases", async () => {
    const ws = (await runPipeline(await meetingExample(), { check: false })).workspace;
    const from = "2021-03-08";
    const { events, text, parsed } = await roundTrip(ws, from);
    expect(text).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2");
    expect(text).toContain("DTSTART;TZID=America/New_York:20210226T130000");
    expect(parsed.size).toBe(events.length);
    for (const event of events) {
      const read = parsed.get(`${event.id}.async-foundations-working-group@waymark`);
      expect(read, event.id).toBeDefined();
      expect(read!.summary).toBe(event.title);
      const ours = occurrences(event, from, 6).map((o) => o.start ?? o.date);
      expect(nextStarts(read!, from, 6), event.id).toEqual(ours);
    }
    // The triage meeting after New York's DST change is at 17:00 UTC, not 18:00.
    const triage = parsed.get("meeting-triage.async-foundations-working-group@waymark")!;
    expect(nextStarts(triage, from, 2)).toEqual(["2021-03-12T18:00:00Z", "2021-03-19T17:00:00Z"]);
  });

  it("a monthly rotation on two weeks of the month, in Berlin time", async () => {
    const dir = await testdir({
      "waymark.yaml":
        "group: { name: Berlin WG }\ncadences:\n  call:\n    every: month\n    on: [first Thursday, last Tuesday]\n    time: '16:30'\n    timezone: Europe/Berlin\n",
    });
    const ws = (await runPipeline(dir, { check: false })).workspace;
    const { text, parsed } = await roundTrip(ws, "2026-03-03");
    expect(text).toContain("RRULE:FREQ=MONTHLY;BYDAY=1TH,-1TU");
    const call = parsed.get("meeting-call.berlin-wg@waymark")!;
    expect(nextStarts(call, "2026-03-03", 4)).toEqual([
      "2026-03-05T15:30:00Z",
      "2026-03-31T14:30:00Z",
      "2026-04-02T14:30:00Z",
      "2026-04-28T14:30:00Z",
    ]);
  });

  it("gives the same bytes for the same date, and the same UIDs on another date", async () => {
    const ws = (await runPipeline(await meetingExample(), { check: false })).workspace;
    const a = await roundTrip(ws, "2026-11-30");
    const b = await roundTrip(ws, "2026-11-30");
    const c = await roundTrip(ws, "2027-01-04");
    expect(b.text).toBe(a.text);
    expect([...c.parsed.keys()]).toEqual([...a.parsed.keys()]);
  });
});
