import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runWaymark as waymark } from "../../../test/helpers/run-waymark.js";
import { testdir } from "../../../test/helpers/testdir.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

const WORKSPACE = {
  "waymark.yaml": "group: { name: G }\nperiods: [{ id: 2024h2 }]\n",
  "goals/a.md": "---\ntitle: A\nstate: done\nprogress: 3/3\n---\n",
  "goals/broken.md": "---\ntitle: Broken\nstate: doing\n---\n",
};

// These spawn the real bin (tsx compiles on start), slow on a loaded machine: a longer timeout.
describe("waymark status", { timeout: 90_000 }, () => {
  it("prints what loaded, counts loading errors on stderr, and exits 0", async () => {
    const { code, stdout, stderr } = await waymark("status", await testdir(WORKSPACE));
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nA +✅ done +▰{6}\n/);
    expect(stdout).not.toContain("\u001b[");
    expect(stderr).toContain("1 error while loading");
  });

  it("prints JSON rows with --json", async () => {
    const { code, stdout } = await waymark("status", await testdir(WORKSPACE), "--json");
    expect(code).toBe(0);
    // broken.md's bad state costs the state, not the goal.
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(["a", "broken"]);
  });

  it("rejects an unknown period with the known ones, and exits 1", async () => {
    const dir = await testdir(WORKSPACE);
    const { code, stdout, stderr } = await waymark("status", dir, "--period", "2030h1");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unexpected period `2030h1`, expected one of `2024h2`");
  });

  it("exits 1 when the folder cannot be read at all", async () => {
    const { code, stderr } = await waymark("status", join(ROOT, "no-such-folder"));
    expect(code).toBe(1);
    expect(stderr).toContain("Missing workspace folder");
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
