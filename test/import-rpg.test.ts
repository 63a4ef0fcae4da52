import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { compareModels } from "../src/publish/native/compare-models.js";
import { planImportMoves, planNativeWorkspace } from "../src/publish/native/plan-native.js";
import { writeTree } from "../src/publish/native/write-tree.js";
import { runWaymark } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { testdir } from "./helpers/testdir.js";

const CORPUS = sharedPath("corpus/rust-project-goals");
/** The whole corpus is read three times over; give a busy machine time. */
const CORPUS_TIMEOUT = 180_000;
const NEEDS_CORPUS = needsShared("corpus/rust-project-goals");

const GOAL = [
  "# A goal",
  "",
  "| Metadata | |",
  "|---|---|",
  "| Point of contact | @ann |",
  "| Status | Accepted |",
  "| Tracking issue | rust-lang/goals#1 |",
  "",
  "## Summary",
  "",
  "Do it.",
  "",
].join("\n");

describe("waymark import: the rust-project-goals corpus round trip", NEEDS_CORPUS, () => {
  it(
    "writes a native workspace that loads back to the same model",
    async () => {
      const source = await runPipeline(CORPUS, { check: false });
      const dest = await testdir({});
      await writeTree(dest, planNativeWorkspace(source.workspace));
      const imported = await runPipeline(dest, { check: false });
      expect(imported.workspace.layout).toBe("waymark");
      expect(imported.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const moves = planImportMoves(source.workspace).files;
      expect(compareModels(source.workspace, imported.workspace, moves)).toEqual([]);
      // Not vacuous: the models hold the corpus, goals, initiatives and extras included.
      const goals = imported.workspace.items.filter((i) => i.kind === "goal");
      expect(goals).toHaveLength(107);
      expect(
        imported.workspace.items.find((i) => i.id === "2026.const-generics")?.extra,
      ).toMatchObject({
        champions: { lang: "nikomatsakis", types: "BoxyUwU" },
      });
      expect(imported.workspace.pages).toHaveLength(source.workspace.pages.length);
      expect(await readdir(join(dest, "goals"))).toEqual(["2024h2", "2026"]);
      const asyncGoal = await readFile(join(dest, "goals/2024h2/async.md"), "utf8");
      expect(asyncGoal.slice(asyncGoal.indexOf("\n---\n") + 5)).toBe(
        await readFile(join(CORPUS, "src/2024h2/async.md"), "utf8"),
      );
      // The labels mdbook-goals defines on every page are shared references now.
      expect(imported.workspace.config.references?.get("Help wanted")?.url).toBe(
        "https://img.shields.io/badge/Help%20wanted-yellow",
      );
    },
    CORPUS_TIMEOUT,
  );
});

describe("waymark import (CLI)", { timeout: 90_000 }, () => {
  it("imports into a new folder and says what it wrote", async () => {
    const src = await testdir({ "src/2026/a.md": GOAL, "src/2026/README.md": "# 2026\n" });
    const dest = join(await testdir({}), "out");
    const { code, stdout } = await runWaymark("import", src, dest);
    expect(code).toBe(0);
    expect(stdout).toContain("imported the rust-project-goals workspace");
    expect(stdout).toContain("3 files (1 goals, 0 initiatives, 1 periods, 0 pages)");
    expect((await readdir(dest)).sort()).toEqual(["goals", "periods", "waymark.yaml"]);
    expect((await runWaymark("check", dest)).code).toBe(0);
  });

  it("turns the book's placeholders into the tables they stand for, and notes the others", async () => {
    const src = await testdir({
      "src/2026/a.md": GOAL,
      "src/2026/README.md": "# 2026\n\nWe have (((#GOALS))) goals.\n\n(((GOALS)))\n",
      "src/2026/goals.md": "# Goals\n\n(((GOAL CHAPTERS)))\n\n(((VALID TEAM ASKS)))\n",
    });
    const dest = join(await testdir({}), "out");
    const { code, stderr } = await runWaymark("import", src, dest);
    expect(code, stderr).toBe(0);
    const period = await readFile(join(dest, "periods/2026.md"), "utf8");
    expect(period).toContain("We have 1 goals.");
    expect(period).toContain("| [A goal](../goals/2026/a.md) | @ann |");
    const goals = await readFile(join(dest, "src/2026/goals.md"), "utf8");
    expect(goals).toContain("- [A goal](../../goals/2026/a.md)");
    expect(goals).toContain(
      "> **VALID TEAM ASKS**: the book generates this here; Waymark does not",
    );
    expect(`${period}${goals}`).not.toContain("(((");
    expect((await runWaymark("check", dest)).code).toBe(0);
  });

  /** Imports `src` through the CLI and checks the result: warnings, no error. */
  async function importThenCheck(src: string): Promise<void> {
    const dest = join(await testdir({}), "out");
    expect((await runWaymark("import", src, dest)).code, src).toBe(0);
    const check = await runWaymark("check", dest);
    expect(check.stderr, src).toMatch(/ 0 errors, \d+ warnings/);
    expect(check.code, src).toBe(0);
  }

  it("writes a workspace that checks with no errors: the example", () =>
    importThenCheck(join(import.meta.dirname, "../examples/async-wg")));

  it(
    "writes a workspace that checks with no errors: the corpus",
    { timeout: CORPUS_TIMEOUT, ...NEEDS_CORPUS },
    () => importThenCheck(CORPUS),
  );

  it("refuses a folder that is not empty, writing nothing, unless --force", async () => {
    const src = await testdir({ "src/2026/a.md": GOAL });
    const dest = await testdir({ "notes.txt": "mine\n" });
    const refused = await runWaymark("import", src, dest);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is not empty; nothing was written");
    expect(await readdir(dest)).toEqual(["notes.txt"]);
    const forced = await runWaymark("import", src, dest, "--force");
    expect(forced.code).toBe(0);
    expect((await readdir(dest)).sort()).toEqual(["goals", "notes.txt", "periods", "waymark.yaml"]);
  });

  it("refuses a file as destination, and a source with errors", async () => {
    const src = await testdir({ "src/2026/a.md": GOAL });
    const file = join(await testdir({}), "file");
    await writeFile(file, "x");
    expect((await runWaymark("import", src, file, "--force")).stderr).toContain("is a file");
    const broken = await testdir({ "waymark.yaml": "group: [\n" });
    const dest = join(await testdir({}), "out");
    const result = await runWaymark("import", broken, dest, "--layout", "waymark");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was written");
    await expect(readdir(dest)).rejects.toThrow();
  });
});
