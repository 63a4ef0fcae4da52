import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import type { IssueFacts } from "../forge.js";
import { cachePath, openCache } from "./open-cache.js";
import { readCache } from "./read-cache.js";
import { type SyncRecord, writeSync } from "./write-sync.js";

const facts = (key: string, state: "open" | "closed"): IssueFacts => ({
  key,
  title: "T",
  state,
  url: "https://github.com/a/b/issues/1",
  labels: [],
  assignees: [],
  updatedAt: "2026-09-01T00:00:00Z",
  checkboxes: { done: 1, total: 2 },
  subIssues: { done: 5, total: 8, items: [] },
  comments: [],
  commentCount: 0,
});

const record = (
  fetched: [string, IssueFacts | null][],
  at = "2026-09-01T10:00:00.000Z",
): SyncRecord => ({
  startedAt: at,
  finishedAt: at,
  apiHost: "api.github.com",
  requests: 1,
  fetched: new Map(fetched),
  unchanged: [],
  previous: new Map(),
  counts: new Map([["repo:a/b is:closed", 3]]),
});

describe("the cache", () => {
  it("is absent until a sync creates it, in .waymark/ with a .gitignore of its own", async () => {
    const root = await testdir({});
    expect(await openCache(root, { create: false })).toBeUndefined();
    const db = (await openCache(root, { create: true }))!;
    await db.destroy();
    expect(cachePath(root)).toBe(join(root, ".waymark", "cache.sqlite"));
    expect(await readFile(join(root, ".waymark", ".gitignore"), "utf8")).toBe("*\n");
  });

  it("round-trips a sync, keeps a history row per sync, and migrates once", async () => {
    const root = await testdir({});
    let db = (await openCache(root, { create: true }))!;
    await writeSync(
      db,
      record([
        ["a/b#1", facts("a/b#1", "open")],
        ["a/b#2", null],
      ]),
    );
    await db.destroy();
    db = (await openCache(root, { create: true }))!;
    const previous = (await readCache(db)).issues;
    await writeSync(db, {
      ...record([["a/b#1", facts("a/b#1", "closed")]], "2026-09-08T10:00:00.000Z"),
      unchanged: ["a/b#2"],
      previous,
    });
    const snapshot = await readCache(db);
    expect(snapshot.lastSync).toBe("2026-09-08T10:00:00.000Z");
    expect(snapshot.issues.get("a/b#1")?.facts?.state).toBe("closed");
    expect(snapshot.issues.get("a/b#2")).toEqual({
      facts: null,
      syncedAt: "2026-09-08T10:00:00.000Z",
    });
    expect(snapshot.searches.get("repo:a/b is:closed")?.count).toBe(3);
    const history = await db
      .selectFrom("issue_history")
      .select(["sync_id", "key", "state"])
      .orderBy("sync_id")
      .orderBy("key")
      .execute();
    expect(history).toEqual([
      { sync_id: 1, key: "a/b#1", state: "open" },
      { sync_id: 1, key: "a/b#2", state: null },
      { sync_id: 2, key: "a/b#1", state: "closed" },
      { sync_id: 2, key: "a/b#2", state: null },
    ]);
    await db.destroy();
  });

  it("writes a sync all or nothing", async () => {
    const root = await testdir({});
    const db = (await openCache(root, { create: true }))!;
    await writeSync(db, record([["a/b#1", facts("a/b#1", "open")]]));
    const before = await readCache(db);
    // A fact that cannot be stored fails the transaction half way: nothing of it may land.
    const broken = { ...facts("a/b#3", "open"), updatedAt: {} as unknown as string };
    await expect(
      writeSync(
        db,
        record(
          [
            ["a/b#1", facts("a/b#1", "closed")],
            ["a/b#3", broken],
          ],
          "2026-10-01T00:00:00.000Z",
        ),
      ),
    ).rejects.toThrow();
    expect(await readCache(db)).toEqual(before);
    await db.destroy();
  });
});
