import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { openWorkspace } from "../../open-workspace.js";
import { compareModels } from "./compare-models.js";
import { planNativeWorkspace } from "./plan-native.js";
import { verifyPlan } from "./verify-plan.js";

const EXAMPLE = join(import.meta.dirname, "../../../examples/async-wg");

const fileOf = (files: { path: string; text: string }[], path: string) =>
  files.find((f) => f.path === path)?.text;

describe("planNativeWorkspace", () => {
  it("re-imports a native workspace without loss", async () => {
    const { workspace } = await openWorkspace(EXAMPLE);
    const files = planNativeWorkspace(workspace);
    expect(verifyPlan(workspace, files)).toEqual([]);
    expect(files.map((f) => f.path)).toContain("waymark.yaml");
  });

  it("leaves to the body what the body says, and writes the rest as front matter", async () => {
    const { workspace } = await openWorkspace(
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
      "group: { name: Rust project goals }\npeople:\n  ann:\n  bob:\nteams:\n  lang:\n",
    );
    expect(verifyPlan(workspace, files)).toEqual([]);
  });

  it("says in front matter what a layout read elsewhere than the body, even 'none'", async () => {
    const { workspace } = await openWorkspace(EXAMPLE);
    const model = structuredClone(workspace);
    const withImpact = model.items.find((i) => i.impact)!;
    withImpact.impact = undefined;
    withImpact.milestones = [];
    const period = model.periods[0]!;
    period.intro = "Said elsewhere.";
    period.themes[0]!.narrative = undefined;
    model.vision!.intro = undefined;
    const files = planNativeWorkspace(model);
    expect(verifyPlan(model, files)).toEqual([]);
    const goal = files.find((f) => f.text.includes(`\ntitle: ${withImpact.title}\n`))!.text;
    expect(goal).toMatch(/\nimpact: ""\n/);
  });

  it("reports where a model would not survive, by path", async () => {
    const { workspace } = await openWorkspace(EXAMPLE);
    const changed = structuredClone(workspace);
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
