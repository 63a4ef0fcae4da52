import { readFileSync } from "node:fs";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openCache } from "../src/track/cache/open-cache.js";
import { readCache } from "../src/track/cache/read-cache.js";
import type { Seed } from "./github/seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "./github/start-fake-github.js";
import { findIssueByRef } from "./github/store.js";
import { syncWorkspaceDir } from "./helpers/sync-workspace-dir.js";

const ASYNC_WG = JSON.parse(readFileSync("test/github/seeds/async-wg.json", "utf8")) as Seed;

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const at = (day: string) => () => new Date(`${day}T12:00:00Z`);

describe("the history the charts read, from syncs of the example against the local GitHub", {
  timeout: 120_000,
}, () => {
  it("records each tracking issue's figures and the area's pile counts at every sync", async () => {
    gh = await startFakeGitHub({ seed: ASYNC_WG });
    const dir = await mkdtemp(join(tmpdir(), "waymark-history-"));
    await cp("examples/async-wg", dir, { recursive: true });
    await syncWorkspaceDir(dir, gh, at("2026-09-07"));
    // A week later: a sub-issue of async-fn-everywhere's tracking issue closed, and an OnDeck
    // issue promoted to Focus.
    const sub = findIssueByRef(gh.store, "rust-lang/wg-async#202")!;
    sub.state = "CLOSED";
    sub.updatedAt = "2026-09-10T00:00:00Z";
    const parent = findIssueByRef(gh.store, "rust-lang/wg-async#201")!;
    parent.updatedAt = "2026-09-10T00:00:00Z";
    const onDeck = [...gh.store.repos.get("rust-lang/rust")!.issues.values()].find(
      (i) => i.state === "OPEN" && i.labels.includes("AsyncAwait-OnDeck"),
    )!;
    onDeck.labels = [...onDeck.labels.filter((l) => l !== "AsyncAwait-OnDeck"), "AsyncAwait-Focus"];
    onDeck.updatedAt = "2026-09-10T00:00:00Z";
    await syncWorkspaceDir(dir, gh, at("2026-09-14"));

    const db = (await openCache(dir, { create: false }))!;
    const snapshot = await readCache(db, { history: true });
    // Other commands do not pay for the history, which grows with every sync.
    const plain = await readCache(db);
    await db.destroy();
    expect(plain.history).toBeUndefined();
    const rows = snapshot.history!.get("rust-lang/wg-async#201")!;
    expect(rows.map((r) => [r.at.slice(0, 10), r.subDone, r.subTotal])).toEqual([
      ["2026-09-07", 0, 5],
      ["2026-09-14", 1, 5],
    ]);
    expect(snapshot.area.history).toEqual([
      { at: "2026-09-07T12:00:00.000Z", focus: 4, onDeck: 16, other: 20, uncategorised: 22 },
      { at: "2026-09-14T12:00:00.000Z", focus: 5, onDeck: 15, other: 20, uncategorised: 22 },
    ]);
  });
});
