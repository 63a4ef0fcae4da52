import { afterEach, describe, expect, it } from "vitest";
import { generateGoalsSeed } from "../../test/github/generate-seed.js";
import { type FakeGitHub, startFakeGitHub } from "../../test/github/start-fake-github.js";
import { findIssueByRef } from "../../test/github/store.js";
import { readTrackCache } from "../../test/helpers/read-track-cache.js";
import { syncWorkspaceDir } from "../../test/helpers/sync-workspace-dir.js";
import { testdir } from "../../test/helpers/testdir.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { openCache } from "./cache/open-cache.js";
import { ForgeError } from "./forge.js";
import { githubForge } from "./github/github-forge.js";
import { syncWorkspace } from "./sync-workspace.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A native workspace whose goals track acme/goals#1..#n (and #999, which does not exist). */
async function workspaceTracking(n: number, extra: Record<string, string> = {}) {
  const files: Record<string, string> = { "waymark.yaml": "group: { name: G }\n", ...extra };
  for (let i = 1; i <= n; i++)
    files[`goals/g${i}.md`] =
      `---\ntitle: Goal ${i}\nowners: ann\ntracking: acme/goals#${i}\n---\n`;
  files["goals/ghost.md"] = "---\ntitle: Ghost\nowners: ann\ntracking: acme/goals#999\n---\n";
  return testdir(files);
}

const sync = syncWorkspaceDir;

describe("syncWorkspace against the local GitHub", () => {
  it("fetches ⌈N/50⌉ batches first, then resyncs an unchanged workspace in one request", async () => {
    gh = await startFakeGitHub({ seed: generateGoalsSeed({ goals: 120, commentsPerIssue: 150 }) });
    const dir = await workspaceTracking(119);
    const first = await sync(dir, gh);
    expect(first).toMatchObject({ issues: 120, fetched: 120, requests: 3 });
    expect(gh.log.map((r) => r.kind)).toEqual(["graphql", "graphql", "graphql"]);
    const cached = await readTrackCache(dir);
    const one = cached.issues.get("acme/goals#1")?.facts;
    expect(one?.commentCount).toBe(150);
    // The latest comments, not the oldest: the last one kept is the issue's last comment.
    expect(one?.comments).toHaveLength(100);
    expect(one?.comments.at(-1)?.body).toContain("goal 1, update 15:");
    expect(one?.comments[0]?.body).toContain("comment 51 on goal 1");
    expect(one?.checkboxes).toMatchObject({ total: 3 });
    expect(cached.issues.get("acme/goals#999")?.facts).toBeNull();

    gh.log.length = 0;
    const again = await sync(dir, gh);
    expect(again).toMatchObject({ fetched: 0, changes: [], requests: 1 });
    expect(gh.log).toHaveLength(1);
  });

  it("fetches only what changed since the last sync and says what changed", async () => {
    gh = await startFakeGitHub({ seed: generateGoalsSeed({ goals: 5, commentsPerIssue: 3 }) });
    const dir = await workspaceTracking(5);
    await sync(dir, gh);
    const issue = findIssueByRef(gh.store, "acme/goals#2")!;
    issue.state = "CLOSED";
    issue.updatedAt = "2030-01-01T00:00:00Z";
    gh.log.length = 0;
    const result = await sync(dir, gh);
    expect(result.requests).toBe(2);
    expect(result.changes).toEqual([{ issue: "acme/goals#2", changes: ["state"] }]);
    expect((await readTrackCache(dir)).issues.get("acme/goals#2")?.facts?.state).toBe("closed");
  });

  it("follows sub-issues past the first page with cursor pagination", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1, subIssuesPerGoal: 130 }),
    });
    const dir = await workspaceTracking(2);
    const result = await sync(dir, gh);
    expect(result.requests).toBe(3); // one batch, one more page for each goal
    const facts = (await readTrackCache(dir)).issues.get("acme/goals#1")?.facts;
    expect(facts?.subIssues.total).toBe(130);
    expect(facts?.subIssues.items).toHaveLength(130);
    expect(new Set(facts?.subIssues.items.map((s) => s.key)).size).toBe(130);
  });
});

describe("faults", () => {
  it("rides out a 502, a reset and a 429 with retry-after", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 60, commentsPerIssue: 2 }),
      faults: [
        { kind: "bad-gateway", on: "graphql", at: 1 },
        { kind: "connection-reset", on: "graphql", at: 3 },
        { kind: "rate-limit", on: "graphql", at: 5, retryAfter: 0 },
      ],
    });
    const dir = await workspaceTracking(60);
    const result = await sync(dir, gh);
    expect(result.fetched).toBe(61);
    expect(gh.log.map((r) => r.fault ?? r.status)).toEqual([
      "bad-gateway",
      200,
      "connection-reset",
      200,
    ]);
  });

  it("fails cleanly and keeps the previous cache when GitHub stays down mid-pagination", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1, subIssuesPerGoal: 130 }),
    });
    const dir = await workspaceTracking(2);
    await sync(dir, gh);
    const before = await readTrackCache(dir);
    // Every issue changed, and the second page of sub-issues never comes.
    for (const n of [1, 2])
      findIssueByRef(gh.store, `acme/goals#${n}`)!.updatedAt = "2031-01-01T00:00:00Z";
    gh.faults.add({ kind: "bad-gateway", on: "graphql", at: 3, times: Infinity });
    await expect(sync(dir, gh)).rejects.toThrow(ForgeError);
    expect(await readTrackCache(dir)).toEqual(before);
  });

  it("never shows the token, even when GitHub refuses it", async () => {
    gh = await startFakeGitHub({ seed: generateGoalsSeed({ goals: 1, commentsPerIssue: 1 }) });
    const dir = await workspaceTracking(1);
    const { workspace } = await runPipeline(dir, { check: false });
    const db = (await openCache(workspace.root, { create: true }))!;
    const token = "ghp_DISTINCTIVEtokenXYZ123";
    const forge = githubForge({ token, apiUrl: gh.url, retryBaseMs: 1 });
    const error = await syncWorkspace(workspace, forge, db, { apiHost: "fake" }).catch((e) => e);
    await db.destroy();
    expect(error).toBeInstanceOf(ForgeError);
    expect(error.message).toMatch(/refused the token/);
    expect(`${error.message}${error.stack}${JSON.stringify(error)}`).not.toContain(token);
  });
});
