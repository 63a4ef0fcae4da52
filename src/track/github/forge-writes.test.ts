import { afterEach, describe, expect, it } from "vitest";
import { generateGoalsSeed } from "../../../test/github/generate-seed.js";
import { type FakeGitHub, startFakeGitHub } from "../../../test/github/start-fake-github.js";
import { findIssueByRef, findRepo, newNodeId } from "../../../test/github/store.js";
import { ForgeError } from "../forge.js";
import { githubForge } from "./github-forge.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const ONE = { owner: "acme", repo: "goals", number: 1 };

async function start() {
  gh = await startFakeGitHub({ seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }) });
  const forge = githubForge({ token: gh.token, apiUrl: gh.url, retryBaseMs: 1, writeGapMs: 0 });
  return { gh, forge };
}

const writes = (server: FakeGitHub) =>
  server.log.filter((e) => e.write).map((e) => `${e.method} ${e.operation}`);

describe("forge writes against the local GitHub", () => {
  it("adds and removes labels, each call one write, and a missing label is already removed", async () => {
    const { gh, forge } = await start();
    const issue = findIssueByRef(gh.store, "acme/goals#1")!;
    const before = [...issue.labels];
    await forge.addLabels(ONE, ["X-one", "X-two"]);
    expect(issue.labels).toEqual([...before, "X-one", "X-two"]);
    await forge.removeLabel(ONE, "X-two");
    await forge.removeLabel(ONE, "never-there");
    expect(issue.labels).toEqual([...before, "X-one"]);
    expect(writes(gh)).toEqual([
      "POST issues/add-labels",
      "DELETE issues/remove-label",
      "DELETE issues/remove-label",
    ]);
  });

  it("adds assignees, sets the milestone and updates title and body", async () => {
    const { gh, forge } = await start();
    const [milestone] = await forge
      .createMilestone({ owner: "acme", repo: "goals" }, "2026")
      .then((n) => [n]);
    expect(await forge.readMilestones({ owner: "acme", repo: "goals" })).toContainEqual({
      title: "2026",
      number: milestone,
    });
    await forge.addAssignees(ONE, ["zed"]);
    await forge.setMilestone(ONE, milestone!);
    await forge.updateIssue(ONE, { title: "New title", body: "New body" });
    const issue = findIssueByRef(gh.store, "acme/goals#1")!;
    expect(issue.assignees).toContain("zed");
    expect(issue.milestone).toBe(milestone);
    expect([issue.title, issue.body]).toEqual(["New title", "New body"]);
    const facts = (await forge.readIssues([ONE], { comments: 1 })).get("acme/goals#1");
    expect(facts?.milestone).toBe("2026");
    expect(writes(gh)).toEqual([
      "POST issues/create-milestone",
      "POST issues/add-assignees",
      "PATCH issues/update",
      "PATCH issues/update",
    ]);
  });

  it("creates an issue with its labels, assignees and milestone", async () => {
    const { gh, forge } = await start();
    const number = await forge.createMilestone({ owner: "acme", repo: "goals" }, "2026");
    const ref = await forge.createIssue({
      owner: "acme",
      repo: "goals",
      title: "Tracking: a goal",
      body: "Body",
      labels: ["C-tracking-issue"],
      assignees: ["ann"],
      milestone: number,
    });
    expect(ref).toEqual({ owner: "acme", repo: "goals", number: 3 });
    const issue = findIssueByRef(gh.store, "acme/goals#3")!;
    expect(issue).toMatchObject({
      title: "Tracking: a goal",
      labels: ["C-tracking-issue"],
      assignees: ["ann"],
      milestone: number,
    });
    expect(findRepo(gh.store, "acme", "goals")!.labels.map((l) => l.name)).toContain(
      "C-tracking-issue",
    );
  });

  it("reads every page of a repository's milestones", async () => {
    const { gh, forge } = await start();
    const repo = findRepo(gh.store, "acme", "goals")!;
    for (let i = 1; i <= 130; i++) {
      const at = "2026-01-01T00:00:00Z";
      const milestone = {
        ...newNodeId(gh.store, "MI"),
        ...{
          number: 100 + i,
          title: `m${i}`,
          description: null,
          state: "open" as const,
          dueOn: null,
        },
        ...{ creator: "ann", createdAt: at, updatedAt: at, closedAt: null },
      };
      repo.milestones.push(milestone);
      gh.store.nodes.set(milestone.nodeId, { kind: "Milestone", repo, milestone });
    }
    const all = await forge.readMilestones({ owner: "acme", repo: "goals" });
    const seeded = ["2025H1"]; // the seed's own milestone
    expect(all.map((m) => m.title)).toEqual([
      ...seeded,
      ...Array.from({ length: 130 }, (_, i) => `m${i + 1}`),
    ]);
    expect(gh.log).toHaveLength(2);
  });

  it("says which write failed, in one line, without the token", async () => {
    const { gh, forge } = await start();
    const error = await forge.setMilestone(ONE, 99).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForgeError);
    expect((error as ForgeError).status).toBe(422);
    expect((error as Error).message).not.toContain(gh.token);
  });
});
