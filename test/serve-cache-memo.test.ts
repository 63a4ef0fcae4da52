import { describe, expect, it } from "vitest";
import { ParseCache } from "../src/load/parse-markdown.js";
import { type LoadedSite, loadSite, type SiteMemo } from "../src/publish/site/load-site.js";
import { renderRoute } from "../src/publish/site/site-app.js";
import { openCache } from "../src/track/cache/open-cache.js";
import { writeSync } from "../src/track/cache/write-sync.js";
import type { IssueFacts } from "../src/track/forge.js";
import { issueFacts, TRACKED_WORKSPACE } from "./helpers/issue-facts.js";
import { testdir } from "./helpers/testdir.js";

const workspace = TRACKED_WORKSPACE;

const facts = (done: number): IssueFacts =>
  issueFacts({ subIssues: { done, total: 8, items: [] } });

/** One sync into the workspace's cache, as `waymark sync` would record it. */
async function sync(dir: string, done: number, at: string): Promise<void> {
  const db = (await openCache(dir, { create: true }))!;
  try {
    await writeSync(db, {
      startedAt: at,
      finishedAt: at,
      apiHost: "api.github.com",
      requests: 1,
      fetched: new Map([["acme/goals#1", facts(done)]]),
      unchanged: [],
      previous: new Map(),
      counts: new Map(),
    });
  } finally {
    await db.destroy();
  }
}

function pages(site: LoadedSite): string {
  return [...site.source.routes.values()].map((r) => renderRoute(site.source, r)).join("\n");
}

describe("serve's memo of the sync cache", { timeout: 60_000 }, () => {
  it("reads an unchanged cache once over two reloads, and again after a sync", async () => {
    const dir = await testdir(workspace);
    await sync(dir, 2, "2026-09-01T10:00:00.000Z");
    const parsed = new ParseCache();
    const memo: SiteMemo = { checkLater: true };
    const input = { dir, date: "2026-09-02" };
    const first = await loadSite(input, parsed, {}, memo);
    expect(pages(first)).toContain("2/8");
    const second = await loadSite(input, parsed, {}, memo);
    expect(memo.track?.reads).toBe(1);
    expect(pages(second)).toContain("2/8");

    await sync(dir, 5, "2026-09-02T10:00:00.000Z");
    const third = await loadSite(input, parsed, {}, memo);
    expect(memo.track?.reads).toBe(2);
    expect(pages(third)).toContain("5/8");
    await loadSite(input, parsed, {}, memo);
    expect(memo.track?.reads).toBe(2);
  });
});
