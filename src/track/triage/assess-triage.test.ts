import { describe, expect, it } from "vitest";
import type { Triage } from "../../model/types.js";
import type { CachedArea, CachedAreaIssue } from "../cache/read-cache.js";
import type { AreaIssue } from "../forge.js";
import { assessTriage } from "./assess-triage.js";

const triage: Triage = {
  repositories: ["acme"],
  areaLabel: "A",
  labels: { focus: "F", onDeck: "D", other: "O" },
  focusLimit: { min: 3, max: 5 },
  onDeckLimit: 3,
  agenda: [],
};
const DATE = new Date("2024-12-01T12:00:00Z");
const daysAgo = (n: number) => new Date(DATE.getTime() - n * 86_400_000).toISOString();

function issue(n: number, label: string | undefined, more: Partial<AreaIssue> = {}): AreaIssue {
  return {
    key: `acme/x#${n}`,
    title: `Issue ${n}`,
    url: `https://github.com/acme/x/issues/${n}`,
    state: "open",
    labels: ["A", ...(label ? [label] : [])],
    assignees: ["ann"],
    reactions: { total: 0, thumbsUp: 0 },
    comments: 0,
    createdAt: daysAgo(100),
    updatedAt: daysAgo(1),
    ...more,
  };
}

function area(issues: AreaIssue[], left: AreaIssue[] = []): CachedArea {
  const entry = (facts: AreaIssue, leftAt?: string): [string, CachedAreaIssue] => [
    facts.key,
    { facts, scope: "acme", leftAt, syncedAt: "2026-11-30T00:00:00Z" },
  ];
  return {
    scopes: new Map(),
    issues: new Map([
      ...issues.map((i) => entry(i)),
      ...left.map((i) => entry(i, "2026-11-29T00:00:00Z")),
    ]),
  };
}

describe("assessTriage", () => {
  it("marks focus issues yellow and red by idle days, and finds unassigned ones", () => {
    const report = assessTriage(
      triage,
      area([
        issue(1, "F", { updatedAt: daysAgo(6) }),
        issue(2, "F", { updatedAt: daysAgo(7), assignees: [] }),
        issue(3, "F", { updatedAt: daysAgo(14) }),
        issue(4, "D", { updatedAt: daysAgo(30) }),
      ]),
      { date: DATE },
    );
    expect(report.piles.focus.map((i) => [i.key, i.idleDays, i.stall])).toEqual([
      ["acme/x#1", 6, undefined],
      ["acme/x#2", 7, "yellow"],
      ["acme/x#3", 14, "red"],
    ]);
    expect(report.unassigned.map((i) => i.key)).toEqual(["acme/x#2"]);
    expect(report.limits.focus).toEqual({ count: 3, active: 2, min: 3, max: 5 });
    // A red stall leaves two moving issues: one promotion from OnDeck.
    expect(report.suggestions.map((s) => [s.issue.key, s.from, s.to])).toEqual([
      ["acme/x#4", "on-deck", "focus"],
    ]);
  });

  it("honours configured stall days", () => {
    const report = assessTriage(
      { ...triage, stallDays: { yellow: 2, red: 3 } },
      area([issue(1, "F", { updatedAt: daysAgo(2) }), issue(2, "F", { updatedAt: daysAgo(3) })]),
      { date: DATE },
    );
    expect(report.stalled.map((i) => i.stall)).toEqual(["yellow", "red"]);
  });

  it("ranks candidates by score, with its parts, and refills OnDeck from Other", () => {
    const report = assessTriage(
      triage,
      area([
        issue(1, "F"),
        issue(2, "D", { reactions: { total: 4, thumbsUp: 4 }, assignees: [] }),
        issue(3, "D", { createdAt: daysAgo(300) }),
        issue(4, "O"),
        issue(5, "O", { reactions: { total: 30, thumbsUp: 30 } }),
        issue(6, "O", { createdAt: daysAgo(10), assignees: [] }),
        issue(7, undefined),
      ]),
      { date: DATE, linked: new Map([["acme/x#2", ["goal-a"]]]) },
    );
    const [first, second] = report.suggestions;
    expect(first?.issue.key).toBe("acme/x#3");
    expect(first?.score).toEqual({
      total: 13,
      parts: [
        { name: "age", points: 10, because: "300 days old" },
        { name: "reactions", points: 0, because: "0 reactions" },
        { name: "goal", points: 0, because: "no roadmap item links it" },
        { name: "assignee", points: 3, because: "assigned to @ann" },
      ],
    });
    expect(second?.score.total).toBe(3.3 + 2 + 5);
    expect(first?.reason).toBe("1 focus issue moving, below the minimum of 3");
    // Both promoted: OnDeck holds 0 of 3, so three come up from Other, best first.
    expect(report.suggestions.slice(2).map((s) => s.issue.key)).toEqual([
      "acme/x#5",
      "acme/x#4",
      "acme/x#6",
    ]);
    expect(report.piles.uncategorised.map((i) => i.key)).toEqual(["acme/x#7"]);
  });

  it("counts a focus issue that closed since the last applied run as a slot, never past the maximum", () => {
    const open = [issue(1, "F"), issue(2, "F"), issue(3, "F"), issue(4, "D"), issue(5, "D")];
    const closed = [issue(9, "F")];
    const fresh = assessTriage(triage, area(open, closed), { date: DATE });
    expect(fresh.leftFocus.map((i) => i.key)).toEqual(["acme/x#9"]);
    expect(fresh.suggestions.filter((s) => s.to === "focus")).toHaveLength(1);
    expect(fresh.suggestions[0]?.reason).toBe("1 focus issue closed");
    const since = assessTriage(triage, area(open, closed), {
      date: DATE,
      since: "2026-11-29T10:00:00Z",
    });
    expect(since.suggestions.filter((s) => s.to === "focus")).toEqual([]);
    const full = [...open, issue(6, "F"), issue(7, "F")];
    expect(
      assessTriage(triage, area(full, closed), { date: DATE }).suggestions.filter(
        (s) => s.to === "focus",
      ),
    ).toEqual([]);
  });
});
