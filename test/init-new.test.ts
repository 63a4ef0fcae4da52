import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../src/check/run-check.js";
import { planInit } from "../src/create/plan-init.js";
import { type NewRequest, planNew } from "../src/create/plan-new.js";
import { writeNewFiles } from "../src/create/write-new-files.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { lineOf } from "./helpers/check-dir.js";
import { runWaymark } from "./helpers/run-waymark.js";

/** `waymark <words…> --dir <dir>`. */
const waymarkIn = (dir: string, words: string) => runWaymark(...words.split(" "), "--dir", dir);

/** Everything `waymark check` would print for a folder: load and rule diagnostics. */
async function check(dir: string): Promise<string[]> {
  const { workspace, diagnostics } = await runPipeline(dir, { check: false });
  return runCheck(workspace, diagnostics).map((d) => `${d.severity} ${d.ruleId} ${lineOf(d)}`);
}

async function initialised(today = new Date("2025-03-14T12:00:00Z")): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "waymark-init-"));
  const result = await writeNewFiles(dir, planInit({ name: "Test group", today }));
  expect(result.ok).toBe(true);
  return dir;
}

async function add(dir: string, request: NewRequest): Promise<string> {
  const { workspace } = await runPipeline(dir, { check: false });
  const plan = planNew(workspace, request);
  if (!plan.ok) throw new Error(`refused: ${JSON.stringify(plan)}`);
  const result = await writeNewFiles(dir, [plan.file]);
  expect(result).toEqual({ ok: true, written: [plan.file.path] });
  return plan.file.path;
}

// These spawn the real bin (tsx compiles on start), slow on a loaded machine: a longer timeout.
describe("waymark init", { timeout: 90_000 }, () => {
  it.each([
    ["in the first half-year", "2025-03-14T12:00:00Z", "2025h1"],
    ["in the second half-year", "2025-11-02T12:00:00Z", "2025h2"],
  ])("creates a workspace that passes check with nothing to report, %s", async (_, day, period) => {
    const dir = await initialised(new Date(day));
    expect(await check(dir)).toEqual([]);
    const { workspace } = await runPipeline(dir, { check: false });
    expect(workspace.items.map((i) => [i.id, i.kind])).toEqual([
      ["publish-the-roadmap", "goal"],
      ["check-in-ci", "initiative"],
    ]);
    expect(workspace.periods.map((p) => [p.id, p.themes.length])).toEqual([[period, 1]]);
    expect(workspace.vision?.tenets.length).toBeGreaterThan(0);
    expect(workspace.vision?.schedule.length).toBeGreaterThan(0);
    expect(workspace.vision?.characters.map((c) => c.id)).toEqual(["casey"]);
    expect(workspace.vision?.stories.map((s) => s.kind).sort()).toEqual([
      "shiny-future",
      "status-quo",
    ]);
    expect(workspace.config.triage?.focusLimit).toEqual({ min: 3, max: 5 });
    expect(workspace.config.cadences.map((c) => c.everyDays)).toEqual([7, 14]);
  });

  it("comments every section of waymark.yaml", async () => {
    const text = await readFile(join(await initialised(), "waymark.yaml"), "utf8");
    for (const section of ["group", "people", "teams", "periods", "triage", "cadences"]) {
      const at = text.indexOf(`\n${section}:`);
      expect(at, section).toBeGreaterThan(0);
      expect(text.slice(0, at).trimEnd().split("\n").at(-1), section).toMatch(/^# /);
    }
  });

  it("refuses a folder that has a waymark.yaml, and writes nothing", async () => {
    const dir = await initialised();
    const before = await readdir(dir, { recursive: true });
    const { code, stdout, stderr } = await runWaymark("init", dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unexpected existing waymark.yaml");
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it("creates the folder through the CLI, and the result checks clean", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "waymark-init-")), "new-group");
    const init = await runWaymark("init", dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("waymark.yaml");
    const checked = await runWaymark("check", dir, "--strict");
    expect(checked.code).toBe(0);
  });
});

describe("waymark new", { timeout: 90_000 }, () => {
  it("adds one of each kind, and the workspace still passes check with nothing to report", async () => {
    const dir = await initialised();
    const paths = [
      await add(dir, {
        kind: "goal",
        title: "Async closures",
        period: "2025h1",
        theme: "foundations",
      }),
      await add(dir, { kind: "goal", title: "Standing goal", owners: ["your-handle"] }),
      await add(dir, { kind: "initiative", title: "Closure traits", parent: "async-closures" }),
      await add(dir, { kind: "initiative", title: "Deeper still", parent: "closure-traits" }),
      await add(dir, { kind: "character", title: "Zoë", value: "Reliability" }),
      await add(dir, {
        kind: "story",
        title: "Zoë writes a closure",
        characters: ["zoe"],
        sources: ["An interview"],
        goals: ["async-closures"],
      }),
      await add(dir, {
        kind: "story",
        title: "Zoë writes a closure easily",
        storyKind: "shiny-future",
        characters: ["zoe"],
        retells: ["zoe-writes-a-closure"],
      }),
      await add(dir, { kind: "period", title: "2025H2" }),
    ];
    expect(paths).toEqual([
      "goals/async-closures.md",
      "goals/standing-goal.md",
      "goals/async-closures/closure-traits.md",
      "goals/async-closures/closure-traits/deeper-still.md",
      "vision/characters/zoe.md",
      "vision/stories/status-quo/zoe-writes-a-closure.md",
      "vision/stories/shiny-future/zoe-writes-a-closure-easily.md",
      "periods/2025h2.md",
    ]);
    expect(await check(dir)).toEqual([]);
    const { workspace } = await runPipeline(dir, { check: false });
    const goal = workspace.items.find((i) => i.id === "async-closures")!;
    expect(goal).toMatchObject({ status: "proposed", state: "help-wanted", period: "2025h1" });
    expect(goal.impact).toBeTruthy();
    expect(goal.helpWanted).toBeTruthy();
    expect(goal.milestones).toHaveLength(1);
    expect(workspace.items.find((i) => i.id === "deeper-still")?.parent).toBe("closure-traits");
  });

  it("adds bare stories and characters without errors, only warnings that ask for what is missing", async () => {
    const dir = await initialised();
    await add(dir, { kind: "story", title: "Bare", storyKind: "status-quo" });
    await add(dir, { kind: "character", title: "Nobody yet" });
    const found = await check(dir);
    expect(found.filter((d) => d.startsWith("error"))).toEqual([]);
    expect(found).toEqual([expect.stringContaining("story-without-sources")]);
  });

  it("refuses to overwrite, through the CLI, and writes nothing", async () => {
    const dir = await initialised();
    const goal = join(dir, "goals", "publish-the-roadmap.md");
    const before = await readFile(goal, "utf8");
    const again = await waymarkIn(dir, "new goal Publish the roadmap");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Unexpected existing goal id `publish-the-roadmap`");
    expect(await readFile(goal, "utf8")).toBe(before);
  });

  it("refuses an unknown parent with a hint, through the CLI", async () => {
    const dir = await initialised();
    const before = await readdir(dir, { recursive: true });
    const { code, stderr } = await waymarkIn(dir, "new initiative X --parent nope");
    expect(code).toBe(1);
    expect(stderr).toContain("Unexpected goal `nope`, expected one of `publish-the-roadmap`");
    expect(stderr).toMatch(/waymark status --json/);
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it("refuses a title with a newline or an escape in one line, exit 2, and writes nothing", async () => {
    const dir = await initialised();
    const before = await readdir(dir, { recursive: true });
    const { code, stderr } = await runWaymark(
      "new",
      "goal",
      "Broken\ntitle: injected \u001b[31m",
      "--dir",
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'Unexpected control character in the title "Broken\\ntitle: injected \\x1b[31m", expected one line of printable text',
    );
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(2);
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it("refuses a --date that does not exist, in one line with exit 2", async () => {
    const dir = await initialised();
    for (const date of ["2024-02-30", "2024-13-45"]) {
      const { code, stderr } = await runWaymark("build", dir, "--date", date);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `waymark build: unexpected --date "${date}", expected a date as YYYY-MM-DD that exists\n`,
      );
    }
  });

  it("prints the path written and the next steps", async () => {
    const dir = await initialised();
    const { code, stdout } = await waymarkIn(dir, "new goal Async drop --period 2025h1");
    expect(code).toBe(0);
    expect(stdout).toContain("Created goal `async-drop`: goals/async-drop.md");
    expect(stdout).toContain("waymark status --period 2025h1");
    expect(await check(dir)).toEqual([]);
  });

  it("refuses outside a workspace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "waymark-none-"));
    const { code, stderr } = await waymarkIn(dir, "new goal X");
    expect(code).toBe(1);
    expect(stderr).toContain("waymark init");
    expect(await readdir(dir)).toEqual([]);
  });
});
