import { describe, expect, it } from "vitest";
import type { IssueFacts } from "../forge.js";
import { type GoalIssue, type IssueSettings, planIssues } from "./plan-issues.js";

const settings: IssueSettings = {
  repository: { owner: "acme", repo: "goals" },
  labels: ["C-tracking-issue", "T-lang"],
  milestone: "2026h1",
  body: (goal) => `Goal ${goal.id}`,
};

const facts = (over: Partial<IssueFacts>): IssueFacts => ({
  key: "acme/goals#1",
  title: "A",
  state: "open",
  url: "u",
  labels: ["c-tracking-issue", "T-lang", "someone-elses"],
  assignees: ["Ann"],
  milestone: "2026h1",
  updatedAt: "2026-01-01T00:00:00Z",
  checkboxes: { done: 0, total: 0 },
  subIssues: { done: 0, total: 0, items: [] },
  comments: [],
  commentCount: 0,
  ...over,
});

const tracked: GoalIssue = {
  id: "a",
  file: "goals/a.md",
  title: "A",
  assignees: ["ann"],
  tracking: { owner: "acme", repo: "goals", number: 1 },
};

describe("planIssues", () => {
  it("plans nothing for an issue that already says it all (labels and logins in any case)", () => {
    const plan = planIssues([tracked], new Map([["acme/goals#1", facts({})]]), new Map(), settings);
    expect(plan).toEqual({ writes: [], skipped: [] });
  });

  it("only adds: missing labels and assignees, never removing another's", () => {
    const issue = facts({ labels: ["someone-elses"], assignees: ["zed"], milestone: undefined });
    const plan = planIssues(
      [tracked],
      new Map([["acme/goals#1", issue]]),
      new Map([["acme/goals", ["2026h1"]]]),
      settings,
    );
    expect(plan.writes).toEqual([
      {
        kind: "add-labels",
        goal: "a",
        issue: "acme/goals#1",
        labels: ["C-tracking-issue", "T-lang"],
      },
      { kind: "set-milestone", goal: "a", issue: "acme/goals#1", from: undefined, to: "2026h1" },
      { kind: "add-assignees", goal: "a", issue: "acme/goals#1", assignees: ["ann"] },
    ]);
  });

  it("creates the milestone once, first, and an issue for each untracked goal", () => {
    const untracked = (id: string): GoalIssue => ({ ...tracked, id, tracking: undefined });
    const plan = planIssues([untracked("x"), untracked("y")], new Map(), new Map(), settings);
    expect(plan.writes.map((w) => w.kind)).toEqual([
      "create-milestone",
      "create-issue",
      "create-issue",
    ]);
    expect(plan.writes[1]).toMatchObject({ body: "Goal x", labels: settings.labels });
  });

  it("skips a missing issue, and an untracked goal when no repository is configured", () => {
    const plan = planIssues(
      [tracked, { ...tracked, id: "b", tracking: undefined }],
      new Map([["acme/goals#1", null]]),
      new Map(),
      { ...settings, repository: undefined },
    );
    expect(plan.writes).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(["missing-issue", "no-repository"]);
  });
});
