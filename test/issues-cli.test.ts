import { readFile, rename, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateGoalsSeed } from "./github/generate-seed.js";
import { type FakeGitHub, startFakeGitHub } from "./github/start-fake-github.js";
import { ensureLabel, findIssueByRef, findRepo } from "./github/store.js";
import { fakeGitHubEnv, runWaymarkWith } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const TOKEN = "ghp_issues0cli0token0never0shown";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const env = (extra: Record<string, string> = {}) => fakeGitHubEnv(TOKEN, extra);

const waymark = (args: string[], vars: Record<string, string> = env()) =>
  runWaymarkWith(vars, ...args);

const CONFIG = (labels: string) => `group: { name: G }
people: { ann: {}, bo: {} }
teams: { lang: {} }
periods: [{ id: 2026h1, start: 2026-01-01, end: 2026-06-30 }]
github:
  issues: { repository: acme/goals, labels: [${labels}], milestone: "Goals {period}" }
`;

/** A new goal, with CRLF line endings and no trailing newline, to show the splice keeps both. */
const NEW_GOAL =
  "---\r\ntitle: Async closures\r\nperiod: 2026h1\r\nstatus: accepted\r\nowners: [ann, lang]\r\n---\r\n\r\nBody";

async function workspace(labels = "C-tracking-issue, T-lang") {
  return testdir({
    "waymark.yaml": CONFIG(labels),
    "goals/new.md": NEW_GOAL,
    "goals/old.md":
      "---\ntitle: Goal one, renamed\nperiod: 2026h1\nstatus: accepted\nowners: bo\ntracking: acme/goals#1\n---\n",
    "goals/proposed.md": "---\ntitle: Not yet\nperiod: 2026h1\nstatus: proposed\nowners: bo\n---\n",
  });
}

const writes = (server: FakeGitHub) => server.log.filter((e) => e.write);

describe("waymark issues against the local GitHub", { timeout: 120_000 }, () => {
  it("prints every write in a dry run and makes none", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }),
      token: TOKEN,
    });
    const dir = await workspace();
    const run = await waymark(["issues", dir, "--api-url", gh.url, "--period", "2026h1"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("6 writes for the accepted goals of 2026h1 (dry run");
    expect(run.stdout).toContain("would create milestone Goals 2026h1 in acme/goals");
    expect(run.stdout).toContain(
      'would open an issue in acme/goals for new: "Async closures", labels [C-tracking-issue, T-lang], milestone Goals 2026h1, assignees [ann]; record it in goals/new.md',
    );
    expect(run.stdout).toMatch(
      /would retitle acme\/goals#1: "Goal 1: [^"]+" → "Goal one, renamed"\n/,
    );
    expect(run.stdout).toContain("would add labels [T-lang] to acme/goals#1\n");
    expect(run.stdout).toContain(
      "would set the milestone of acme/goals#1: 2025H1 → Goals 2026h1\n",
    );
    expect(run.stdout).toContain("would assign [bo] to acme/goals#1\n");
    expect(run.stdout).not.toContain("Not yet");
    expect(writes(gh)).toEqual([]);
    expect(await readFile(join(dir, "goals/new.md"), "utf8")).toBe(NEW_GOAL);
  });

  it("applies them once: a second run makes no write, and no label is ever removed", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }),
      token: TOKEN,
    });
    const dir = await workspace();
    const one = findIssueByRef(gh.store, "acme/goals#1")!;
    const seeded = [...one.labels];
    const first = await waymark(["issues", dir, "--api-url", gh.url, "--apply"]);
    expect(first).toMatchObject({ stderr: "", code: 0 });
    expect(first.stdout).toContain("✔ open acme/goals#3 for new");
    expect(first.stdout).toContain("✔ 6 writes made for the accepted goals of 2026h1.");
    expect(writes(gh).map((w) => w.operation)).toEqual([
      "issues/create-milestone",
      "issues/create",
      "issues/update",
      "issues/add-labels",
      "issues/update",
      "issues/add-assignees",
    ]);
    // The new number went into the goal file by one splice: CRLF and no trailing newline kept.
    expect(await readFile(join(dir, "goals/new.md"), "utf8")).toBe(
      NEW_GOAL.replace("---\r\n\r\nBody", "tracking: acme/goals#3\r\n---\r\n\r\nBody"),
    );
    const created = findIssueByRef(gh.store, "acme/goals#3")!;
    const milestone = findRepo(gh.store, "acme", "goals")!.milestones.find(
      (m) => m.title === "Goals 2026h1",
    )!;
    expect(created).toMatchObject({
      title: "Async closures",
      labels: ["C-tracking-issue", "T-lang"],
      assignees: ["ann"],
      milestone: milestone.number,
    });
    expect(one).toMatchObject({ title: "Goal one, renamed", milestone: milestone.number });
    expect(one.labels).toEqual([...seeded, "T-lang"].filter((l, i, a) => a.indexOf(l) === i));
    expect(one.assignees).toContain("bo");

    // Someone labels the issue by hand, and T-lang leaves the config: neither label goes.
    one.labels.push(
      ensureLabel(gh.store, findRepo(gh.store, "acme", "goals")!, "needs-review").name,
    );
    const before = gh.log.length;
    const again = await waymark(["issues", dir, "--api-url", gh.url, "--apply"]);
    expect(again).toMatchObject({ code: 0, stderr: "" });
    expect(again.stdout).toContain("up to date: nothing to write");
    expect(writes(gh).length).toBe(6);
    expect(gh.log.length).toBeGreaterThan(before);
    const narrower = await testdir({ "waymark.yaml": CONFIG("C-tracking-issue") });
    const third = await waymark([
      "issues",
      dir,
      "--api-url",
      gh.url,
      "--apply",
      "--config",
      join(narrower, "waymark.yaml"),
    ]);
    expect(third.code).toBe(0);
    expect(writes(gh).length).toBe(6);
    expect(one.labels).toEqual(expect.arrayContaining(["needs-review", "T-lang"]));
    expect(created.labels).toEqual(["C-tracking-issue", "T-lang"]);
    for (const run of [first, again, third]) expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it("never opens an issue for, nor writes through, a goal file that is a symlink", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 2, commentsPerIssue: 1 }),
      token: TOKEN,
    });
    const dir = await workspace();
    const outside = await testdir({ "goal.md": NEW_GOAL });
    await rename(join(dir, "goals/new.md"), join(dir, "moved.md"));
    await symlink(join(outside, "goal.md"), join(dir, "goals/new.md"));
    const run = await waymark(["issues", dir, "--api-url", gh.url, "--apply"]);
    expect(run.code).toBe(0);
    expect(writes(gh).map((w) => w.operation)).not.toContain("issues/create");
    expect(await readFile(join(outside, "goal.md"), "utf8")).toBe(NEW_GOAL);
  });

  it("refuses a period the workspace does not have with exit 1, as status and check do", async () => {
    const dir = await workspace();
    const run = await waymark(["issues", dir, "--period", "1999h1"], { NO_COLOR: "1" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^✖ Unexpected period `1999h1`, expected one of \S/);
    const status = await waymark(["status", dir, "--period", "1999h1"], { NO_COLOR: "1" });
    expect(status.code).toBe(run.code);
  });

  it("says in one line, with exit 2, that it needs a token or cannot reach GitHub", async () => {
    const dir = await workspace();
    const noToken = await waymark(["issues", dir], { PATH: "/nonexistent", NO_COLOR: "1" });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toBe(
      "✖ waymark issues needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN, or log in with `gh auth login`.\n",
    );
    const offline = await waymark(["issues", dir, "--api-url", "http://127.0.0.1:9"]);
    expect(offline.code).toBe(2);
    expect(offline.stderr.split("\n")[0]).toMatch(
      /^✖ waymark issues failed: Could not reach 127\.0\.0\.1:9 /,
    );
    expect(offline.stderr).not.toContain("    at ");
  });
});
