import { describe, expect, it } from "vitest";
import { meetingExample } from "../../../test/helpers/meeting-example.js";
import { testdir } from "../../../test/helpers/testdir.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { calendarEvents } from "./calendar-events.js";
import { occurrences, upcoming } from "./occurrences.js";

async function workspaceOf(yaml: string, files: Record<string, string> = {}) {
  const dir = await testdir({ "waymark.yaml": `group: { name: G }\n${yaml}`, ...files });
  const { workspace, diagnostics } = await runPipeline(dir, { check: false });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return workspace;
}

const brief = (list: ReturnType<typeof upcoming>) =>
  list.map((o) => `${o.date} ${o.start ?? "all day"} ${o.event.id}`);

describe("calendarEvents: the example's meetings, vision schedule and period", () => {
  it("dates the weekly triage in New York time across the March DST change", async () => {
    const ws = (await runPipeline(await meetingExample(), { check: false })).workspace;
    const events = calendarEvents(ws, "2021-03-08");
    expect(events.map((e) => e.id)).toContain("vision-2021-q2-revision-process-begins");
    expect(events.map((e) => e.id)).toContain("period-2024h2-running");
    expect(brief(upcoming(events, "2021-03-08", 5))).toEqual([
      "2021-03-12 2021-03-12T18:00:00Z meeting-triage",
      "2021-03-19 2021-03-19T17:00:00Z meeting-triage",
      "2021-03-26 2021-03-26T17:00:00Z meeting-triage",
      "2021-03-31 all day vision-2021-q1-revision-published",
      "2021-03-31 all day vision-drafting-initial-stories-and-proposals",
    ]);
  });

  it("keeps the two-weekly review on its anchor's parity, and a phase that has begun", async () => {
    const ws = (await runPipeline(await meetingExample(), { check: false })).workspace;
    const events = calendarEvents(ws, "2021-06-20");
    const review = events.find((e) => e.id === "meeting-review")!;
    expect(occurrences(review, "2021-06-18", 3).map((o) => [o.date, o.start])).toEqual([
      ["2021-07-01", "2021-07-01T16:00:00Z"],
      ["2021-07-15", "2021-07-15T16:00:00Z"],
      ["2021-07-29", "2021-07-29T16:00:00Z"],
    ]);
    const phase = events.find((e) => e.id === "vision-2021-q2-revision-process-begins")!;
    expect(occurrences(phase, "2021-06-20", 2)).toEqual([
      { event: phase, date: "2021-06-14", until: "2021-06-30" },
    ]);
    expect(occurrences(phase, "2021-07-01", 2)).toEqual([]);
  });
});

describe("calendarEvents: monthly rotations and series without an anchor", () => {
  it("meets on the first Thursday and the last Tuesday of each month, in Berlin time", async () => {
    const ws = await workspaceOf(
      "cadences:\n  call:\n    every: month\n    on: [first Thursday, last Tuesday]\n    time: '16:30'\n    timezone: Europe/Berlin\n    duration: 45\n",
    );
    const [call] = calendarEvents(ws, "2026-03-03");
    expect(call?.date).toBe("2026-03-05");
    expect(call?.recurrence).toEqual({
      freq: "monthly",
      days: [
        { weekday: 4, week: 1 },
        { weekday: 2, week: -1 },
      ],
    });
    // Berlin moves to summer time on 2026-03-29: 15:30Z before, 14:30Z after.
    expect(occurrences(call!, "2026-03-06", 4).map((o) => [o.date, o.start, o.end])).toEqual([
      ["2026-03-31", "2026-03-31T14:30:00Z", "2026-03-31T15:15:00Z"],
      ["2026-04-02", "2026-04-02T14:30:00Z", "2026-04-02T15:15:00Z"],
      ["2026-04-28", "2026-04-28T14:30:00Z", "2026-04-28T15:15:00Z"],
      ["2026-05-07", "2026-05-07T14:30:00Z", "2026-05-07T15:15:00Z"],
    ]);
  });

  it("starts a weekly series on its weekday after the date, and skips one it cannot place", async () => {
    const ws = await workspaceOf(
      "cadences:\n  sync: { every: 3 weeks, on: Wednesday }\n  loose: { every: week }\n",
    );
    const events = calendarEvents(ws, "2026-11-30");
    expect(events.map((e) => [e.id, e.date, e.time, e.timezone])).toEqual([
      ["meeting-sync", "2026-12-02", undefined, "UTC"],
    ]);
    expect(occurrences(events[0]!, "2026-12-03", 2).map((o) => o.date)).toEqual([
      "2026-12-23",
      "2027-01-13",
    ]);
  });

  it("gives each period's dated phases stable ids, and an event the same id on every date", async () => {
    const ws = await workspaceOf(
      "periods:\n  - { id: 2027h1, title: 2027H1, start: 2027-01-01, end: 2027-06-30 }\ncadences:\n  t: { every: week, on: Monday }\n",
    );
    const a = calendarEvents(ws, "2026-01-01").map((e) => e.id);
    const b = calendarEvents(ws, "2026-06-01").map((e) => e.id);
    expect(a).toEqual(["meeting-t", "period-2027h1-running", "period-2027h1-closed"]);
    expect(b).toEqual(a);
    expect(calendarEvents(ws, "2026-01-01").at(-1)).toMatchObject({
      title: "2027H1: Closed",
      date: "2027-07-01",
    });
  });
});

describe("calendarEvents: a period's phases, as the period page or waymark.yaml dates them", () => {
  it("gives each dated phase of the slate's cycle a milestone, in cycle order", async () => {
    const ws = await workspaceOf(
      "periods:\n  - id: 2027h1\n    title: 2027H1\n    start: 2027-01-01\n    end: 2027-06-30\n    phases: { proposals: 2026-09-01, rfc: 2026-11-02, accepted: 2026-12-15 }\n",
    );
    expect(calendarEvents(ws, "2026-10-01").map((e) => `${e.date} ${e.id} ${e.title}`)).toEqual([
      "2026-09-01 period-2027h1-proposals 2027H1: Proposals open",
      "2026-11-02 period-2027h1-rfc 2027H1: RFC",
      "2026-12-15 period-2027h1-accepted 2027H1: Accepted",
      "2027-01-01 period-2027h1-running 2027H1: Running",
      "2027-07-01 period-2027h1-closed 2027H1: Closed",
    ]);
    expect(brief(upcoming(calendarEvents(ws, "2026-10-01"), "2026-10-01", 1))).toEqual([
      "2026-11-02 all day period-2027h1-rfc",
    ]);
  });
});
