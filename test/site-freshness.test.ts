import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCache } from "../src/track/cache/open-cache.js";
import { writeSync } from "../src/track/cache/write-sync.js";
import type { IssueFacts } from "../src/track/forge.js";
import { runWaymark } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const SYNCED = "2026-09-30T12:00:00.000Z";

function issue(n: number, comments: [string, string, string][]): IssueFacts {
  const url = `https://github.com/acme/goals/issues/${n}`;
  return {
    key: `acme/goals#${n}`,
    title: `Goal ${n}`,
    state: "open",
    url,
    labels: [],
    assignees: [],
    createdAt: "2026-07-01T00:00:00Z",
    updatedAt: "2026-09-20T00:00:00Z",
    checkboxes: { done: 0, total: 0 },
    subIssues: { done: 5, total: 8, items: [] },
    comments: comments.map(([author, date, body], i) => ({
      author,
      createdAt: `${date}T10:00:00Z`,
      url: `${url}#issuecomment-${n}${i}`,
      body,
    })),
    commentCount: comments.length,
  };
}

/** A workspace with a two-week cadence and a cache as `waymark sync` would leave it. */
async function syncedWorkspace(): Promise<string> {
  const dir = await unsyncedWorkspace();
  await writeCache(dir);
  return dir;
}

function unsyncedWorkspace(): Promise<string> {
  return testdir({
    "waymark.yaml":
      "group: { name: G }\npeople: { alice: {}, bob: {} }\nupdates: { every: 2 weeks }\n",
    "goals/fresh.md": "---\ntitle: Fresh\nowners: alice\ntracking: acme/goals#1\n---\n",
    "goals/stale.md": "---\ntitle: Stale\nowners: bob\ntracking: acme/goals#2\n---\n",
    "goals/unsynced.md": "---\ntitle: Unsynced\nowners: bob\ntracking: acme/goals#3\n---\n",
    "goals/manual.md": "---\ntitle: Manual\nowners: bob\nprogress: 2/6\n---\n",
  });
}

async function writeCache(dir: string): Promise<void> {
  const db = (await openCache(dir, { create: true }))!;
  await writeSync(db, {
    startedAt: SYNCED,
    finishedAt: SYNCED,
    apiHost: "api.github.com",
    requests: 1,
    fetched: new Map([
      [
        "acme/goals#1",
        issue(1, [["alice", "2026-09-25", "TL;DR: <script>alert(1)</script> parser **merged**"]]),
      ],
      ["acme/goals#2", issue(2, [["bob", "2026-08-01", "TL;DR: started"]])],
    ]),
    unchanged: [],
    previous: new Map(),
    counts: new Map(),
  });
  await db.destroy();
}

describe("the site shows provenance, freshness, the last update and a stale marker", () => {
  it("on item pages and the roadmap overview, with GitHub text escaped", {
    timeout: 120_000,
  }, async () => {
    const dir = await syncedWorkspace();
    const out = join(dir, "_site");
    const build = await runWaymark("build", dir, "--out", out);
    expect(build.code).toBe(0);
    const page = (path: string) => readFile(join(out, path, "index.html"), "utf8");

    const fresh = await page("goals/fresh");
    expect(fresh).toContain("sub-issues of acme/goals#1, as of 2026-09-30");
    expect(fresh).toMatch(
      /<a href="https:\/\/github.com\/acme\/goals\/issues\/1#issuecomment-10">2026-09-25<\/a> by @alice: &lt;script>alert\(1\)&lt;\/script> parser \*\*merged\*\*/,
    );
    expect(fresh).not.toContain("<script>alert");
    expect(fresh).not.toContain("Update overdue");
    expect(fresh).toContain("Updates every 2 weeks, next due 2026-10-09; as of 2026-09-30");

    const stale = await page("goals/stale");
    expect(stale).toContain('data-stale="true"');
    expect(stale).toMatch(
      /<span class="stale-mark" title="Update overdue: due 2026-08-15; updates are asked every 2 weeks">Update overdue<\/span>/,
    );

    expect(await page("goals/unsynced")).toContain("Not synced");
    const manual = await page("goals/manual");
    expect(manual).toContain("set by hand");
    expect(manual).not.toContain("Last update");

    const roadmap = await page("roadmap");
    const row = (id: string) => {
      const start = roadmap.indexOf(`data-id="${id}"`);
      return roadmap.slice(start, roadmap.indexOf("</tr>", start));
    };
    expect(row("stale")).toContain('data-stale="true"');
    expect(row("stale")).toContain("Update overdue");
    expect(row("stale")).toContain(
      '<a href="https://github.com/acme/goals/issues/2#issuecomment-20">2026-08-01</a>',
    );
    expect(row("fresh")).toContain("sub-issues of acme/goals#1, as of 2026-09-30");
    expect(row("fresh")).not.toContain("Update overdue");
    expect(row("fresh")).not.toContain("<script>");
    expect(row("manual")).toContain("set by hand");
    expect(roadmap).toContain('<th scope="col">Last update</th>');
  });

  it("refreshes waymark.json after a sync that changed no file", { timeout: 120_000 }, async () => {
    const dir = await unsyncedWorkspace();
    const out = join(dir, "_site");
    const fresh = async () => {
      expect((await runWaymark("build", dir, "--out", out)).code).toBe(0);
      const json = JSON.parse(await readFile(join(out, "waymark.json"), "utf8"));
      return json.items.find((i: { id: string }) => i.id === "fresh");
    };
    expect((await fresh()).updates).toBeUndefined();
    await writeCache(dir);
    const synced = await fresh();
    expect(synced.progress).toMatchObject({ done: 5, total: 8 });
    expect(synced.updates).toBeDefined();
  });
});
