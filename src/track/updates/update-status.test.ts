import { describe, expect, it } from "vitest";
import type { Item } from "../../model/types.js";
import type { CachedIssue } from "../cache/read-cache.js";
import type { IssueFacts } from "../forge.js";
import { updateStatus } from "./update-status.js";

const item = (over: Partial<Item> = {}): Item =>
  ({
    id: "a",
    owners: ["alice"],
    state: "in-progress",
    tracking: { owner: "a", repo: "b", number: 1 },
    ...over,
  }) as Item;

const cached = (comments: [string, string][], over: Partial<IssueFacts> = {}): CachedIssue => ({
  syncedAt: "2026-09-30T12:00:00.000Z",
  facts: {
    key: "a/b#1",
    title: "A",
    state: "open",
    url: "https://github.com/a/b/issues/1",
    labels: [],
    assignees: [],
    createdAt: "2026-09-01T00:00:00Z",
    updatedAt: "2026-09-20T00:00:00Z",
    checkboxes: { done: 0, total: 0 },
    subIssues: { done: 0, total: 0, items: [] },
    comments: comments.map(([author, createdAt]) => ({ author, createdAt, url: "u", body: "x" })),
    commentCount: comments.length,
    ...over,
  },
});

const weekly = { updates: { everyDays: 7, marker: "TL;DR:" } };

describe("updateStatus", () => {
  it("is due a cadence after the last update, and stale once that day has passed at the sync", () => {
    const fresh = updateStatus(item(), cached([["alice", "2026-09-23T10:00:00Z"]]), weekly);
    expect(fresh).toMatchObject({ of: "a/b#1", everyDays: 7, due: "2026-09-30", stale: false });
    const late = updateStatus(item(), cached([["alice", "2026-09-22T10:00:00Z"]]), weekly);
    expect(late).toMatchObject({ due: "2026-09-29", stale: true });
    expect(late?.updates).toHaveLength(1);
  });

  it("counts from the issue's opening when there is no update, and an item's override wins", () => {
    const none = updateStatus(
      item({ updateEvery: 28 }),
      cached([["bob", "2026-09-02T00:00:00Z"]]),
      weekly,
    );
    expect(none).toMatchObject({ updates: [], everyDays: 28, due: "2026-09-29", stale: true });
    const unknown = updateStatus(item(), cached([], { createdAt: undefined }), weekly);
    expect(unknown).toMatchObject({ due: undefined, stale: true });
  });

  it("never calls finished work or an item without a cadence stale", () => {
    const old = cached([["alice", "2026-01-01T00:00:00Z"]]);
    expect(updateStatus(item({ state: "done" }), old, weekly)?.stale).toBe(false);
    expect(updateStatus(item({ state: "paused" }), old, weekly)?.stale).toBe(false);
    expect(
      updateStatus(item(), { ...old, facts: { ...old.facts!, state: "closed" } }, weekly)?.stale,
    ).toBe(false);
    expect(updateStatus(item(), old, {})).toMatchObject({ everyDays: undefined, stale: false });
  });

  it("is undefined without a tracking issue or facts for it", () => {
    expect(updateStatus(item({ tracking: undefined }), cached([]), weekly)).toBeUndefined();
    expect(updateStatus(item(), undefined, weekly)).toBeUndefined();
    expect(updateStatus(item(), { facts: null, syncedAt: "x" }, weekly)).toBeUndefined();
  });
});
