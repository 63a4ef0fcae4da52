import { describe, expect, it } from "vitest";
import { testdir } from "../../../../test/helpers/testdir.js";
import { runPipeline } from "../../../pipeline/run-pipeline.js";
import { walkItems } from "../../finalize.js";

const config = "group:\n  name: G\npeople:\n  ann: { name: Ann }\n";

describe("native layout", () => {
  it("nests initiatives under goals by folder, to any depth, in order", async () => {
    const dir = await testdir({
      "waymark.yaml": config,
      "goals/b.md": "---\ntitle: B\norder: 2\n---\n",
      "goals/a.md": "---\ntitle: A\norder: 1\nowners: ann\n---\n",
      "goals/a/x.md": "---\ntitle: X\n---\n",
      "goals/a/x/deep.md": "---\ntitle: Deep\n---\n",
      "goals/c/index.md": "---\ntitle: C\norder: 3\n---\n",
      "goals/c/y.md": "---\ntitle: Y\n---\n",
      "goals/2024h2/loose.md": "---\ntitle: Loose\nperiod: 2024h2\n---\n",
    });
    const { workspace, diagnostics } = await runPipeline(dir, { check: false });
    expect(diagnostics).toEqual([]);
    const rows = walkItems(workspace).map(
      ({ item, depth }) => `${"  ".repeat(depth)}${item.id}:${item.kind}`,
    );
    expect(rows).toEqual([
      "a:goal",
      "  x:initiative",
      "    deep:initiative",
      "b:goal",
      "c:goal",
      "  y:initiative",
      "loose:goal",
    ]);
  });

  it("reads impact, milestones and derives progress from them", async () => {
    const dir = await testdir({
      "waymark.yaml": config,
      "goals/a.md": [
        "---",
        "title: A",
        "---",
        "## Impact",
        "",
        "Faster builds.",
        "",
        "## Milestones",
        "",
        "| Milestone | State | Key participants |",
        "| --- | --- | --- |",
        "| Write RFC | ✅ | @ann, bob |",
        "| Land it | 🦀 | |",
        "",
        "## Help wanted",
        "",
        "Reviewers.",
      ].join("\n"),
    });
    const { workspace } = await runPipeline(dir, { check: false });
    const [item] = workspace.items;
    expect(item?.impact).toBe("Faster builds.");
    expect(item?.helpWanted).toBe("Reviewers.");
    expect(item?.milestones.map((m) => [m.title, m.state, m.participants])).toEqual([
      ["Write RFC", "done", ["ann", "bob"]],
      ["Land it", "in-progress", []],
    ]);
    expect(item?.progress).toEqual({ done: 1, total: 2, source: "milestones" });
    expect(item?.milestones[0]?.span.start).toMatchObject({ line: 12, column: 3 });
  });

  it("reads periods, vision, characters and stories, and links stories to goals", async () => {
    const dir = await testdir({
      "waymark.yaml": config,
      "goals/a.md": "---\ntitle: A\n---\n",
      "periods/2024h2.md":
        "---\nstate: accepted\nthemes:\n  - { id: async, title: Async everywhere }\n---\nIntro.\n\n## Async everywhere\n\nWhy.\n\n## The other 90%\n\nRest.\n",
      "vision/README.md":
        "---\ntenets: [Reliable, { title: Fast, description: Zero cost }]\nschedule:\n  - { phase: Draft, end: 2021-03-31 }\n---\nWhat it is.\n",
      "vision/characters/grace.md":
        "---\nname: Grace\nvalue: Performance\n---\nSystems programmer.\n",
      "vision/stories/status-quo/grace-sq.md":
        "---\ntitle: SQ\ncharacters: grace\ngoals: [a]\n---\n",
      "vision/stories/shiny-future/grace-sf.md":
        "---\ntitle: SF\ncharacters: [grace]\nretells: [grace-sq]\n---\n",
    });
    const { workspace, diagnostics } = await runPipeline(dir, { check: false });
    expect(diagnostics).toEqual([]);
    const [period] = workspace.periods;
    expect(period).toMatchObject({
      id: "2024h2",
      title: "2024H2",
      state: "accepted",
      intro: "Intro.",
      other: "Rest.",
    });
    expect(period?.themes).toEqual([{ id: "async", title: "Async everywhere", narrative: "Why." }]);
    expect(workspace.vision?.tenets).toEqual([
      { title: "Reliable" },
      { title: "Fast", description: "Zero cost" },
    ]);
    expect(workspace.vision?.schedule).toEqual([{ title: "Draft", end: "2021-03-31" }]);
    expect(workspace.vision?.characters[0]).toMatchObject({ id: "grace", value: "Performance" });
    expect(workspace.vision?.stories.map((s) => [s.id, s.kind])).toEqual([
      ["grace-sf", "shiny-future"],
      ["grace-sq", "status-quo"],
    ]);
    expect(workspace.items[0]?.stories).toEqual(["grace-sq"]);
  });

  it("reports an empty goal file and a missing config without throwing", async () => {
    const dir = await testdir({ "goals/a.md": "" });
    const { diagnostics } = await runPipeline(dir, { check: false });
    expect(diagnostics.map((d) => `${d.span.file} ${d.ruleId}`)).toEqual([
      "goals/a.md empty-file",
      "waymark.yaml missing-config",
    ]);
  });
});
