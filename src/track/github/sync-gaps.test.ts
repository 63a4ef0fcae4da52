import { afterEach, describe, expect, it } from "vitest";
import { generateGoalsSeed } from "../../../test/github/generate-seed.js";
import { type FakeGitHub, startFakeGitHub } from "../../../test/github/start-fake-github.js";
import { ensureLabel, findIssueByRef, findRepo } from "../../../test/github/store.js";
import { readTrackCache } from "../../../test/helpers/read-track-cache.js";
import { testdir } from "../../../test/helpers/testdir.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { openCache } from "../cache/open-cache.js";
import { ForgeError } from "../forge.js";
import { syncWorkspace } from "../sync-workspace.js";
import { githubForge } from "./github-forge.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const ONE = { owner: "acme", repo: "goals", number: 1 };

/** A forge on the local server whose waits are recorded, not slept (the base is 1 ms a second). */
function forgeOn(server: FakeGitHub) {
  const waits: number[] = [];
  const forge = githubForge({
    token: server.token,
    apiUrl: server.url,
    retryBaseMs: 1,
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  return { forge, waits };
}

/** Gives acme/goals#1 `n` labels more than the seed gave it. */
function manyLabels(server: FakeGitHub, n: number): string[] {
  const repo = findRepo(server.store, "acme", "goals")!;
  const issue = findIssueByRef(server.store, "acme/goals#1")!;
  for (let i = 1; i <= n; i++) issue.labels.push(ensureLabel(server.store, repo, `L-${i}`).name);
  return [...issue.labels];
}

describe("sync gaps", () => {
  it("waits out a plain 429's retry-after, then carries on", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }),
      faults: [{ kind: "plain-rate-limit", on: "graphql", at: 1, retryAfter: 7 }],
    });
    const { forge, waits } = forgeOn(gh);
    const facts = await forge.readIssues([ONE], { comments: 1 });
    expect(facts.get("acme/goals#1")?.title).toBeTruthy();
    expect(waits).toEqual([7]);
    expect(gh.log.map((r) => r.fault ?? r.status)).toEqual(["plain-rate-limit", 200]);
  });

  it("fails in one line when a plain 429 asks for longer than it will wait", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 1, commentsPerIssue: 1 }),
      faults: [{ kind: "plain-rate-limit", on: "graphql", retryAfter: 3600 }],
    });
    const { forge, waits } = forgeOn(gh);
    const error = await forge.readIssues([ONE], { comments: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForgeError);
    expect((error as ForgeError).message).toMatch(/429/);
    expect(waits).toEqual([]);
    expect(gh.log).toHaveLength(1);
  });

  it("reads every label of an issue with more than 100, in one more request", async () => {
    gh = await startFakeGitHub({ seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }) });
    const labels = manyLabels(gh, 130);
    const { forge } = forgeOn(gh);
    const facts = await forge.readIssues([ONE, { ...ONE, number: 2 }], { comments: 1 });
    expect(facts.get("acme/goals#1")?.labels).toEqual(labels);
    expect(gh.log).toHaveLength(2);
  });

  it("completes a sync whose label pagination is cut once, and keeps the old cache when it stays cut", async () => {
    gh = await startFakeGitHub({ seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }) });
    const labels = manyLabels(gh, 130);
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/g1.md": "---\ntitle: Goal 1\nowners: ann\ntracking: acme/goals#1\n---\n",
    });
    const { workspace } = await runPipeline(dir, { check: false });
    const sync = async () => {
      const db = (await openCache(workspace.root, { create: true }))!;
      try {
        return await syncWorkspace(workspace, forgeOn(gh!).forge, db, { apiHost: "fake" });
      } finally {
        await db.destroy();
      }
    };
    gh.faults.add({ kind: "connection-reset", on: "graphql", at: 2 });
    await sync();
    expect((await readTrackCache(dir)).issues.get("acme/goals#1")?.facts?.labels).toEqual(labels);

    const before = await readTrackCache(dir);
    const issue = findIssueByRef(gh.store, "acme/goals#1")!;
    issue.labels.push("late");
    ensureLabel(gh.store, findRepo(gh.store, "acme", "goals")!, "late");
    issue.updatedAt = "2031-01-01T00:00:00Z";
    gh.faults.clear();
    // The probe (1) and the batch (2) pass; the second page of labels never comes.
    gh.faults.add({ kind: "bad-gateway", on: "graphql", at: 3, times: Infinity });
    await expect(sync()).rejects.toThrow(ForgeError);
    expect(await readTrackCache(dir)).toEqual(before);
  });
});
