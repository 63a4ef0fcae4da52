import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateGoalsSeed } from "./github/generate-seed.js";
import { type FakeGitHub, startFakeGitHub } from "./github/start-fake-github.js";
import { findIssueByRef } from "./github/store.js";
import { COMPILED_CLI } from "./helpers/compiled-cli.js";
import { readTrackCache } from "./helpers/read-track-cache.js";
import { fakeGitHubEnv, runWaymarkWith } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const TOKEN = "ghp_DISTINCTIVE0token0for0the0leak0test";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const env = (token = TOKEN) => fakeGitHubEnv(token);

const waymark = (args: string[], vars: Record<string, string>) => runWaymarkWith(vars, ...args);

async function workspace(goals: number) {
  const files: Record<string, string> = {
    "waymark.yaml": "group: { name: G }\npeople: { ann: {} }\n",
  };
  for (let i = 1; i <= goals; i++)
    files[`goals/g${i}.md`] =
      `---\ntitle: Goal ${i}\nowners: ann\ntracking: acme/goals#${i}\n---\n`;
  return testdir(files);
}

/** Every byte waymark left in the workspace's cache folder, as text. */
async function cacheBytes(dir: string): Promise<string> {
  const folder = join(dir, ".waymark");
  const names = await readdir(folder);
  const parts = await Promise.all(names.map((n) => readFile(join(folder, n), "latin1")));
  return parts.join("");
}

describe("waymark sync (CLI) against the local GitHub", { timeout: 120_000 }, () => {
  it("syncs, prints what changed, and never shows or stores the token", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 3, commentsPerIssue: 5, subIssuesPerGoal: 2 }),
      token: TOKEN,
    });
    const dir = await workspace(3);
    const first = await waymark(["sync", dir, "--api-url", gh.url], env());
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `✔ synced 3 issues from ${new URL(gh.url).host}: 3 changed, 1 request\n`,
    );
    const again = await waymark(["sync", dir, "--api-url", gh.url, "--json"], env());
    expect(JSON.parse(again.stdout)).toMatchObject({ changes: [], requests: 1, fetched: 0 });
    const refused = await waymark(["sync", dir, "--api-url", gh.url], env(`${TOKEN}x`));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("refused the token (401 Unauthorized)");
    for (const run of [first, again, refused]) expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(await cacheBytes(dir)).not.toContain(TOKEN);
    // status reads the cache offline: no token, no server needed.
    const status = await waymark(["status", dir, "--json"], { PATH: "/nonexistent" });
    expect(status.stdout + status.stderr).not.toContain(TOKEN);
    const today = new Date().toISOString().slice(0, 10);
    const rows = JSON.parse(status.stdout) as { id: string; progressFrom: string }[];
    expect(rows.find((r) => r.id === "g1")?.progressFrom).toMatch(
      new RegExp(`^\\d/2 sub-issues of acme/goals#1 closed, as of ${today}$`),
    );
    const table = await waymark(["status", dir], { PATH: "/nonexistent" });
    expect(table.stdout).toContain("Progress from");
  });

  it("leaves the previous cache whole when killed (SIGKILL) at any point of a sync", async () => {
    gh = await startFakeGitHub({
      seed: generateGoalsSeed({ goals: 120, commentsPerIssue: 20 }),
      latencyMs: 50,
      token: TOKEN,
    });
    const dir = await workspace(120);
    expect((await waymark(["sync", dir, "--api-url", gh.url], env())).code).toBe(0);
    const before = await readTrackCache(dir);
    for (let n = 1; n <= 120; n++)
      findIssueByRef(gh.store, `acme/goals#${n}`)!.updatedAt = "2031-01-01T00:00:00Z";
    const outcomes = new Set<string>();
    for (const after of [50, 150, 300, 450, 600, 800, 1000, 1300]) {
      const child: ChildProcess = spawn(
        process.execPath,
        [COMPILED_CLI, "sync", dir, "--api-url", gh.url],
        {
          env: env(),
          stdio: "ignore",
        },
      );
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, after));
      child.kill("SIGKILL");
      await exited;
      const now = await readTrackCache(dir);
      const whole =
        JSON.stringify([...now.issues]) === JSON.stringify([...before.issues]) ? "before" : "after";
      if (whole === "after") {
        // Only a finished sync may change the cache, and then every issue is the new one.
        for (const [, cached] of now.issues)
          expect(cached.facts?.updatedAt).toBe("2031-01-01T00:00:00Z");
      } else expect(now).toEqual(before);
      outcomes.add(whole);
    }
    expect(outcomes.has("before")).toBe(true);
  });
});
