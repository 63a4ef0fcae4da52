import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPILED_CLI } from "./helpers/compiled-cli.js";
import { testdir } from "./helpers/testdir.js";

/** The CLI with a chosen environment: no token variables and no `gh` on PATH unless given. */
function waymark(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const base = { PATH: "/nonexistent", HOME: tmpdir(), NO_COLOR: "1" };
    execFile(
      process.execPath,
      [COMPILED_CLI, ...args],
      { env: { ...base, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const workspace = {
  "waymark.yaml": "group: { name: G }\npeople: { ann: {} }\n",
  "goals/a.md": "---\ntitle: A\nowners: ann\nstate: in-progress\ntracking: acme/goals#1\n---\n",
};

describe("without a GitHub token", { timeout: 60_000 }, () => {
  it("sync says so in one line and exits 2; check and status work as before", async () => {
    const dir = await testdir(workspace);
    const sync = await waymark(["sync", dir]);
    expect(sync.code).toBe(2);
    expect(sync.stderr.trim().split("\n")).toEqual([
      "✖ waymark sync needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN, or log in with `gh auth login`.",
    ]);
    expect((await waymark(["check", dir])).code).toBe(0);
    const status = await waymark(["status", dir]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("A");
  });

  it("refuses an API URL carrying credentials without echoing them", async () => {
    const dir = await testdir(workspace);
    const run = await waymark(
      ["sync", dir, "--api-url", "https://me:ghp_SECRET@example.com/api/v3"],
      {
        GITHUB_TOKEN: "x",
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected a URL without user:password@");
    expect(run.stderr + run.stdout).not.toContain("ghp_SECRET");
  });
});

describe("init and the cache", { timeout: 60_000 }, () => {
  it("writes a .gitignore for the caches into a new folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "waymark-init-"));
    expect((await waymark(["init", dir])).code).toBe(0);
    expect(await readFile(join(dir, ".gitignore"), "utf8")).toContain(".waymark/\n");
  });

  it("leaves an existing .gitignore alone and still creates the workspace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "waymark-init-"));
    await writeFile(join(dir, ".gitignore"), "target/\n");
    const run = await waymark(["init", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(".gitignore");
    expect(await readFile(join(dir, ".gitignore"), "utf8")).toBe("target/\n");
  });
});
