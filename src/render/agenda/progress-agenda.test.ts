import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { calendarEvents } from "../../model/cadence/calendar-events.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import type { HistoryRow } from "../../track/cache/read-history.js";
import { changesSince } from "../../track/changes-since.js";
import type { IssueFacts } from "../../track/forge.js";
import type { Facts } from "../../track/types.js";
import { progressAgenda } from "./progress-agenda.js";

const row = (key: string, at: string, subDone: number, state = "open"): HistoryRow => ({
  key,
  at,
  state,
  subDone,
  subTotal: 5,
  checksDone: null,
  checksTotal: null,
});

const HISTORY = [
  row("o/r#1", "2026-11-20T09:00:00Z", 1),
  row("o/r#2", "2026-11-20T09:00:00Z", 2),
  row("o/r#1", "2026-12-01T09:00:00Z", 3),
  row("o/r#2", "2026-12-01T09:00:00Z", 2),
  row("o/r#3", "2026-12-01T09:00:00Z", 0),
  row("o/r#2", "2026-12-08T09:00:00Z", 5, "closed"),
];

describe("changesSince: the sync history against the last review", () => {
  it("compares each issue's last figures before the review with its latest", () => {
    expect(changesSince(HISTORY, "2026-11-26T00:00:00Z")).toEqual([
      { key: "o/r#1", what: ["sub-issues 1/5 → 3/5"] },
      { key: "o/r#2", what: ["open → closed", "sub-issues 2/5 → 5/5"] },
    ]);
    expect(changesSince(HISTORY, "2026-12-09T00:00:00Z")).toEqual([]);
  });
});

describe("progressAgenda: what moved, what is quiet, who is needed, what is due", () => {
  it("links every item it names, to the site when its address is known", async () => {
    const dir = await testdir({
      "waymark.yaml":
        "group: { name: G }\nperiods:\n  - { id: 2027h1, title: 2027H1, start: 2027-01-01, end: 2027-06-30, phases: { rfc: 2026-12-15 } }\ncadences:\n  review: { title: Progress review, every: 2 weeks, anchor: 2026-11-26 }\n",
      "goals/moving.md":
        "---\ntitle: Moving goal\nstate: in-progress\nowners: [a]\ntracking: o/r#1\n---\n",
      "goals/done.md":
        "---\ntitle: Done goal\nstate: in-progress\nowners: [a]\ntracking: o/r#2\n---\n",
      "goals/quiet.md":
        "---\ntitle: Quiet goal\nstate: in-progress\nowners: [a]\ntracking: o/r#3\n---\n",
      "goals/orphan.md": "---\ntitle: Orphan goal\nstate: help-wanted\n---\n",
    });
    const { workspace: ws } = await runPipeline(dir, { check: false });
    const quiet = { updatedAt: "2026-11-01T00:00:00Z" } as IssueFacts;
    const facts: Facts = {
      asOf: "2026-12-08T09:00:00Z",
      issues: new Map([["o/r#3", { facts: quiet, syncedAt: "2026-12-08T09:00:00Z" }]]),
    };
    const md = progressAgenda({
      ws,
      facts,
      events: calendarEvents(ws, "2026-12-10"),
      date: "2026-12-10",
      lastReview: "2026-11-26",
      nextReview: "2026-12-24",
      changes: changesSince(HISTORY, "2026-11-26T00:00:00Z"),
      pageUrl: (t) => ("item" in t ? `https://wg.example/goals/${t.item.id}/` : undefined),
      title: "Progress review",
      agenda: [],
    });
    const items = md.split("\n").filter((l) => l.startsWith("- "));
    expect(items).toEqual([
      "- [Done goal](https://wg.example/goals/done/) ([o/r#2](https://github.com/o/r/issues/2)): open → closed; sub-issues 2/5 → 5/5",
      "- [Moving goal](https://wg.example/goals/moving/) ([o/r#1](https://github.com/o/r/issues/1)): sub-issues 1/5 → 3/5",
      "- [Quiet goal](https://wg.example/goals/quiet/) ([o/r#3](https://github.com/o/r/issues/3)): no activity since 2026-11-01",
      "- [Orphan goal](https://wg.example/goals/orphan/): needs an owner",
      "- 2026-12-15: 2027H1\\: RFC",
    ]);
    expect(md).toMatch(/^# Progress review, 2026-12-10\n\nSince the last review on 2026-11-26\./);
    expect(md).toContain("## Decisions due by 2026-12-24");
  });
});
