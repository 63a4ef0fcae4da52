import { describe, expect, it } from "vitest";
import type { Triage } from "../../model/types.js";
import { type AgendaIssue, triageAgenda } from "./triage-agenda.js";

const TRIAGE: Triage = {
  repositories: ["rust-lang/rust"],
  areaLabel: "A-async-await",
  labels: { focus: "AsyncAwait-Focus", onDeck: "AsyncAwait-OnDeck", other: "AsyncAwait-Other" },
  focusLimit: { min: 3, max: 5 },
  onDeckLimit: 25,
  agenda: [
    "Review uncategorized issues, assigning a `AsyncAwait-*` label",
    "Review focus issues to check we are making progress",
    "Promote issues from OnDeck to Focus as needed",
    "Promote issues from Other to OnDeck as needed",
  ],
};

const issue = (
  n: number,
  labels: string[],
  updatedAt: string,
  extra: Partial<AgendaIssue> = {},
) => ({
  key: `rust-lang/rust#${n}`,
  title: `Issue ${n}`,
  url: `https://github.com/rust-lang/rust/issues/${n}`,
  labels: ["A-async-await", ...labels],
  assignees: [],
  updatedAt,
  ...extra,
});

const ISSUES: AgendaIssue[] = [
  issue(1, ["AsyncAwait-Focus"], "2026-12-01T10:00:00Z", { assignees: ["eholk"] }),
  issue(2, ["AsyncAwait-Focus"], "2026-11-24T10:00:00Z"),
  issue(3, ["asyncawait-focus"], "2026-11-10T10:00:00Z", { assignees: ["tmandry"] }),
  issue(4, ["AsyncAwait-OnDeck"], "2026-11-30T00:00:00Z"),
  issue(5, ["AsyncAwait-OnDeck"], "2026-10-01T00:00:00Z"),
  issue(6, ["AsyncAwait-Other"], "2026-12-03T00:00:00Z"),
  issue(7, [], "2026-12-02T00:00:00Z", {
    title: "Hostile [title](https://evil.example) @everyone <b>",
  }),
];

describe("triageAgenda: seed 003's four steps, each filled with its issues", () => {
  const md = triageAgenda(TRIAGE, ISSUES, {
    date: "2026-12-04",
    title: "Triage meeting",
    asOf: "2026-12-03T08:00:00Z",
  });
  const lines = md.split("\n");

  it("heads each configured step with its live search, in seed 003's order", () => {
    const steps = lines.filter((l) => l.startsWith("## "));
    expect(steps.map((s) => s.replace(/ \(\[search\]\(.*\)\)$/, ""))).toEqual([
      "## 1. Review uncategorized issues, assigning a `AsyncAwait-*` label",
      "## 2. Review focus issues to check we are making progress",
      "## 3. Promote issues from OnDeck to Focus as needed",
      "## 4. Promote issues from Other to OnDeck as needed",
    ]);
    expect(steps[0]).toContain("-label%3AAsyncAwait-Focus");
  });

  it("lists focus issues quietest first, with assignees and 7/14-day stall marks", () => {
    const focus = md
      .slice(md.indexOf("## 2."), md.indexOf("## 3."))
      .split("\n")
      .filter((l) => l.startsWith("- "));
    expect(focus).toEqual([
      "- [rust-lang/rust#3](https://github.com/rust-lang/rust/issues/3) Issue 3 — \\@tmandry, active 23 days ago 🔴 stalled",
      "- [rust-lang/rust#2](https://github.com/rust-lang/rust/issues/2) Issue 2 — unassigned, active 9 days ago 🟡",
      "- [rust-lang/rust#1](https://github.com/rust-lang/rust/issues/1) Issue 1 — \\@eholk, active 2 days ago",
    ]);
  });

  it("says how full Focus and On deck are, and offers the most active candidates", () => {
    const step3 = md.slice(md.indexOf("## 3."), md.indexOf("## 4."));
    expect(step3).toContain("Focus holds 3 issues, for 3–5");
    expect(step3.indexOf("issues/4)")).toBeLessThan(step3.indexOf("issues/5)"));
    expect(md.slice(md.indexOf("## 4."))).toContain("On deck holds 2 issues, for about 25");
  });

  it("links every line that names an issue, and escapes titles so they add no links or mentions", () => {
    const named = lines.filter((l) => /#\d/.test(l) && !l.startsWith("## "));
    expect(named).toHaveLength(ISSUES.length);
    for (const l of named) expect(l).toMatch(/^- \[rust-lang\/rust#\d+\]\(https:\/\/github\.com\//);
    const hostile = named.find((l) => l.includes("Hostile"))!;
    expect(hostile).toContain("Hostile \\[title\\](https\\://evil.example) \\@everyone \\<b\\>");
    expect(md).toContain("Issues as of 2026-12-03 08:00 UTC");
  });
});
