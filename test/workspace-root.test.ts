import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runWaymark, runWaymarkIn } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

// As git finds its repository: every command run from a subfolder works on the workspace root.
const EXAMPLE = join(import.meta.dirname, "..", "examples", "async-wg");

describe("the workspace root, from a subfolder", { timeout: 90_000 }, () => {
  it("`cd examples/async-wg/goals && waymark status` prints the example's roadmap", async () => {
    const { code, stdout, stderr } = await runWaymarkIn(join(EXAMPLE, "goals"), "status");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Async Foundations Working Group: roadmap\n/);
    expect(stdout).toMatch(/\nAsync fn everywhere +🦀 in progress/);
    expect(stdout).toContain("  ↳ Tokio console");
  });

  it("finds it from a deeper folder given as the argument, for check too", async () => {
    const { code, stdout, stderr } = await runWaymark("check", join(EXAMPLE, "goals", "polish"));
    expect(code).toBe(0);
    expect(stderr).toContain("in 67 files");
    expect(stdout).not.toContain("missing-config");
  });

  it("adds `waymark new` files at the root, not in the subfolder", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\n---\n",
    });
    const { code } = await runWaymarkIn(join(dir, "goals"), "new", "goal", "Second", "goal");
    expect(code).toBe(0);
    const { stdout } = await runWaymark("status", dir, "--json");
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(["a", "second-goal"]);
  });
});

describe("a folder that is not a workspace", { timeout: 90_000 }, () => {
  it("makes `status` exit 1 with a hint instead of printing an empty roadmap", async () => {
    const dir = await testdir({ "notes.md": "# Notes\n" });
    const { code, stdout, stderr } = await runWaymark("status", dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Missing `waymark.yaml` at the workspace root");
    expect(stderr).toContain("waymark init");
  });
});
