import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../../../test/helpers/check-dir.js";
import { cloneModel } from "../../../test/helpers/clone-model.js";
import { testdir } from "../../../test/helpers/testdir.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { compareModels } from "./compare-models.js";
import { type PlannedFile, planNativeWorkspace } from "./plan-native.js";
import { verifyPlan } from "./verify-plan.js";

const EXAMPLE = join(import.meta.dirname, "../../../examples/async-wg");

const textOf = (file: PlannedFile | undefined) => (file && "text" in file ? file.text : undefined);
const fileOf = (files: PlannedFile[], path: string) => textOf(files.find((f) => f.path === path));

describe("planNativeWorkspace", () => {
  it("re-imports a native workspace without loss", async () => {
    const { workspace } = await runPipeline(EXAMPLE, { check: false });
    const files = planNativeWorkspace(workspace);
    expect(verifyPlan(workspace, files)).toEqual([]);
    expect(files.map((f) => f.path)).toContain("waymark.yaml");
  });

  it("leaves to the body what the body says, and writes the rest as front matter", async () => {
    const { workspace } = await runPipeline(
      await testdir({
        "src/2026/g.md": [
          "# Goal",
          "",
          "| Metadata | |",
          "|---|---|",
          "| Point of contact | @ann |",
          "| Status | Accepted |",
          "| Zulip channel | [#g][z] |",
          "| [lang] champion | @bob |",
          "",
          "[z]: https://zulip.example/g",
          "",
          "## Work items over the next year",
          "",
          "| Task | Owner(s) | Notes |",
          "|---|---|---|",
          "| Build | @ann | ![Complete][] |",
          "",
          "## Help wanted",
          "",
          "| Task | Experience level | Time investment |",
          "|---|---|---|",
          "| Review | Beginner | 1 week |",
          "",
        ].join("\n"),
      }),
      { check: false },
    );
    const files = planNativeWorkspace(workspace);
    const text = fileOf(files, "goals/2026/g.md")!;
    expect(text).toBe(
      [
        "---",
        "id: 2026.g",
        "title: Goal",
        "state: help-wanted",
        "status: accepted",
        "owners: [ ann ]",
        'period: "2026"',
        "links:",
        '  - { title: "#g", url: https://zulip.example/g }',
        "milestones:",
        "  - { title: Build, state: done, participants: [ ann ] }",
        "extra:",
        '  zulip: "[#g][z]"',
        "  champions: { lang: bob }",
        "  tasks:",
        '    - { task: Build, owners: "@ann", notes: "![Complete][]" }',
        "---",
        workspace.items[0]!.body,
      ].join("\n"),
    );
    expect(fileOf(files, "waymark.yaml")).toBe(
      [
        "group: { name: Rust project goals }",
        "people:",
        "  ann:",
        "  bob:",
        "teams:",
        "  lang:",
        "",
        "# Labels the rust-project-goals book defines on every page itself (badges, team names, issue and",
        "# RFC numbers), so its pages use them without a definition of their own.",
        "references:",
        "  Complete: https://img.shields.io/badge/Complete-green",
        "  lang: https://www.rust-lang.org/governance/teams",
        "",
      ].join("\n"),
    );
    expect(verifyPlan(workspace, files)).toEqual([]);
  });

  it("says in front matter what a layout read elsewhere than the body, even 'none'", async () => {
    const { workspace } = await runPipeline(EXAMPLE, { check: false });
    const model = cloneModel(workspace);
    const withImpact = model.items.find((i) => i.impact)!;
    withImpact.impact = undefined;
    withImpact.milestones = [];
    const period = model.periods[0]!;
    period.intro = "Said elsewhere.";
    period.themes[0]!.narrative = undefined;
    model.vision!.intro = undefined;
    const files = planNativeWorkspace(model);
    expect(verifyPlan(model, files)).toEqual([]);
    const goal = textOf(files.find((f) => textOf(f)?.includes(`\ntitle: ${withImpact.title}\n`)))!;
    expect(goal).toMatch(/\nimpact: ""\n/);
  });

  it("moves a book's pages with their links and copies the images they show", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const source = {
      "book.toml": '[book]\ntitle = "demo"\nsrc = "src"\n',
      "src/vision/roadmap.md":
        "| Deliverable | State | Progress | [Owner] |\n| --- | --- | --- | --- |\n| 🔻 [A](./roadmap/a.md) | 🦀 | ▰▱▱▱▱▱ | |\n",
      "src/vision/roadmap/a.md":
        "# A\n\n![diagram](./a/diagram.png)\n\nSee [leads](../../welcome.md#leads) and [the charter](../../CHARTER.html).\n",
      "src/vision/roadmap/a/diagram.png": png,
      "src/welcome.md":
        "# Welcome\n\n## Leads\n\nRead [A](./vision/roadmap/a.md), not [this](./nope.md).\n",
      "src/CHARTER.md": "# Charter\n\nSee [welcome](welcome.md#leads) and [gone](gone.md).\n",
    };
    const { workspace } = await runPipeline(await testdir(source), { check: false });
    const files = planNativeWorkspace(workspace);
    expect(verifyPlan(workspace, files)).toEqual([]);
    const body = (path: string) => fileOf(files, path)?.replace(/^---\n[\s\S]*?\n---\n/, "");
    expect(body("goals/a.md")).toBe(
      "# A\n\n![diagram](../src/vision/roadmap/a/diagram.png)\n\nSee [leads](../src/welcome.md#leads) and [the charter](../src/CHARTER.md).\n",
    );
    expect(body("src/welcome.md")).toBe(
      "# Welcome\n\n## Leads\n\nRead [A](../goals/a.md), not [this](./nope.md).\n",
    );
    expect(body("src/CHARTER.md")).toBe(source["src/CHARTER.md"]);
    const copy = files.find((f) => f.path === "src/vision/roadmap/a/diagram.png");
    expect(copy && "copyOf" in copy && copy.copyOf).toMatch(
      /src\/vision\/roadmap\/a\/diagram\.png$/,
    );
    // Read back from disk: the two links broken in the source, and nothing else, are reported.
    const written = Object.fromEntries(
      files.map((f) => [f.path, "text" in f ? f.text : png] as const),
    );
    const found = (await checkFiles(written)).filter((d) => d.ruleId === "broken-link");
    expect(found.map((d) => [d.span.file, d.severity])).toEqual([
      ["src/CHARTER.md", "warning"],
      ["src/welcome.md", "warning"],
    ]);
  });

  it("keeps a native workspace's shared references and rule settings, and says if one is lost", async () => {
    const { workspace } = await runPipeline(
      await testdir({
        "waymark.yaml":
          "group: { name: G }\nreferences:\n  Board: https://example.org/board\nrules:\n  missing-owner: off\n",
        "notes.md": "See the [board][] and [the config](waymark.yaml).\n",
      }),
      { check: false },
    );
    const files = planNativeWorkspace(workspace);
    expect(verifyPlan(workspace, files)).toEqual([]);
    // The link to waymark.yaml reaches the one written; nothing is copied.
    expect(files.map((f) => f.path)).toEqual(["waymark.yaml", "notes.md"]);
    expect(fileOf(files, "waymark.yaml")).toBe(
      "group: { name: G }\nreferences: { Board: https://example.org/board }\nrules: { missing-owner: off }\n",
    );
    const lost = cloneModel(workspace);
    lost.config.references?.clear();
    expect(compareModels(workspace, lost).map((d) => d.path)).toEqual(["config.references.Board"]);
  });

  it("reports where a model would not survive, by path", async () => {
    const { workspace } = await runPipeline(EXAMPLE, { check: false });
    const changed = cloneModel(workspace);
    const goal = changed.items.find((i) => i.kind === "goal")!;
    goal.owners = [...goal.owners, "someone-else"];
    expect(compareModels(workspace, changed)).toEqual([
      {
        path: `items[${goal.id}].owners.${goal.owners.length - 1}`,
        expected: undefined,
        actual: "someone-else",
      },
    ]);
  });
});
