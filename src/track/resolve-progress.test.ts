import { describe, expect, it } from "vitest";
import type { Item } from "../model/types.js";
import type { CachedIssue, CachedSearch } from "./cache/read-cache.js";
import type { IssueFacts } from "./forge.js";
import { describeProgress, resolveProgress } from "./resolve-progress.js";

const span = {
  file: "goals/a.md",
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
const item = (fields: Partial<Item>): Item => ({
  id: "a",
  kind: "goal",
  file: "goals/a.md",
  children: [],
  order: 0,
  title: "A",
  owners: [],
  asks: [],
  links: [],
  stories: [],
  milestones: [],
  body: "",
  extra: {},
  span,
  spans: {},
  ...fields,
});
const tracking = { owner: "rust-lang", repo: "rust", number: 123 };
const issue = (sub: [number, number], boxes: [number, number]): CachedIssue => ({
  syncedAt: "2026-09-01T08:00:00.000Z",
  facts: {
    subIssues: { done: sub[0], total: sub[1], items: [] },
    checkboxes: { done: boxes[0], total: boxes[1] },
  } as unknown as IssueFacts,
});
const facts = (cached?: CachedIssue, searches: [string, number][] = []) => ({
  issues: new Map(cached ? [["rust-lang/rust#123", cached]] : []),
  searches: new Map<string, CachedSearch>(
    searches.map(([q, count]) => [q, { count, syncedAt: "2026-09-02T00:00:00.000Z" }]),
  ),
});
const milestone = (state: "done" | "in-progress") => ({
  title: "m",
  state,
  participants: [],
  span,
});

describe("resolveProgress", () => {
  it("takes milestones, then sub-issues, then checkboxes by default", () => {
    const both = facts(issue([5, 8], [1, 3]));
    expect(
      resolveProgress(
        item({ tracking, milestones: [milestone("done"), milestone("in-progress")] }),
        both,
      ),
    ).toEqual({ done: 1, total: 2, source: "milestones" });
    const sub = resolveProgress(item({ tracking }), both);
    expect(sub).toEqual({
      done: 5,
      total: 8,
      source: "sub-issues",
      of: "rust-lang/rust#123",
      asOf: "2026-09-01T08:00:00.000Z",
    });
    expect(describeProgress(sub!)).toBe(
      "5/8 sub-issues of rust-lang/rust#123 closed, as of 2026-09-01",
    );
    expect(resolveProgress(item({ tracking }), facts(issue([0, 0], [1, 3])))).toMatchObject({
      source: "checkboxes",
      done: 1,
      total: 3,
    });
    expect(resolveProgress(item({ tracking }), facts())).toBeUndefined();
  });

  it("uses only the chosen source, and a manual figure as written", () => {
    const both = facts(issue([5, 8], [1, 3]));
    expect(
      resolveProgress(item({ tracking, progressFrom: { source: "checkboxes" } }), both),
    ).toMatchObject({ source: "checkboxes" });
    expect(resolveProgress(item({ progressFrom: { source: "sub-issues" } }), both)).toBeUndefined();
    const manual = { done: 2, total: 6, source: "manual" as const };
    expect(resolveProgress(item({ tracking, progress: manual }), both)).toBe(manual);
  });

  it("counts a tracked search from the synced counts", () => {
    const search = { done: "label:x is:closed", total: "label:x" };
    const counted = resolveProgress(
      item({ progressFrom: { source: "search", search } }),
      facts(undefined, [
        ["label:x is:closed", 3],
        ["label:x", 10],
      ]),
    );
    expect(counted).toMatchObject({ done: 3, total: 10, source: "search" });
    expect(describeProgress(counted!)).toBe(
      "3/10 issues closed, by search `label:x`, as of 2026-09-02",
    );
    expect(
      resolveProgress(item({ progressFrom: { source: "search", search } }), facts()),
    ).toBeUndefined();
  });
});
