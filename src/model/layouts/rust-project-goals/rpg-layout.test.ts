import { describe, expect, it } from "vitest";
import { testdir } from "../../../../test/helpers/testdir.js";
import { runPipeline } from "../../../pipeline/run-pipeline.js";

const table = (rows: [string, string][]) =>
  ["| Metadata | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");

const goal = (title: string, rows: [string, string][], rest = "") =>
  `# ${title}\n\n${table(rows)}\n\n## Summary\n\nSummary of ${title}.\n${rest}`;

async function load(files: Record<string, string>) {
  const { workspace, diagnostics } = await runPipeline(await testdir(files), { check: false });
  const item = (id: string) => workspace.items.find((i) => i.id === id)!;
  return { workspace, diagnostics, item };
}

describe("rust-project-goals layout: the documented format", () => {
  it("reads subgoals with their own metadata tables under Work items", async () => {
    const { item, diagnostics } = await load({
      "rust-project-goals.toml": '[team_asks]\n"Standard reviews" = { short="r?", elide = true }\n',
      "src/2027/roadmap-fast.md": `# Fast\n\n${table([
        ["Short title", "Fast Builds"],
        ["What and why", "Speed"],
        ["Point of contact", "@lqd"],
      ])}\n`,
      "src/2027/roadmap-linux.md": `# Rust for Linux\n\n${table([
        ["What and why", "Kernel"],
        ["Point of contact", "@x"],
      ])}\n`,
      "src/2027/g.md": goal(
        "Big goal",
        [
          ["Point of contact", "@ann"],
          ["Status", "Accepted"],
          ["Tracking issue", "[rust-lang/goals#7]"],
          ["Roadmap", "Fast Builds"],
          ["Timespan", "2027-2028"],
          ["Teams", "<!-- TEAMS WITH ASKS -->"],
        ],
        [
          "## Motivation",
          "### Work items over the next year",
          "| Task | Owner(s) | Notes |",
          "|---|---|---|",
          "| Plan | @ann | |",
          "#### First part",
          table([
            ["Roadmap", "[Rust for Linux](./roadmap-linux.md)"],
            ["What and why", "The first part"],
            ["Timespan", "2027"],
          ]),
          "",
          "| Task | Owner(s) | Notes |",
          "|---|---|---|",
          "| Build it | @bob, @cy | |",
          "| Ship it | @bob | ![Complete][] |",
          "#### Second part",
          "| Task | Owner(s) | Notes |",
          "|---|---|---|",
          "| Find someone | ![Help wanted][] | |",
          "## Team asks",
          "| Team | Support level | Notes |",
          "|---|---|---|",
          "| [lang] | medium | Design |",
          "| [cargo] | | |",
          "### First part",
          "| Team | Support level | Notes |",
          "|---|---|---|",
          "| [compiler] | Small | Reviews |",
          "",
        ].join("\n"),
      ),
    });
    expect(diagnostics).toEqual([]);
    const g = item("2027.g");
    expect(g).toMatchObject({
      status: "accepted",
      owners: ["ann"],
      theme: "fast",
      asks: [{ team: "lang", ask: "Design", level: "Medium" }],
      milestones: [{ title: "Plan", participants: ["ann"] }],
      children: ["2027.g.first-part", "2027.g.second-part"],
    });
    expect(g.extra).toMatchObject({
      timespan: "2027-2028",
      metadata: { Teams: "<!-- TEAMS WITH ASKS -->" },
    });
    expect(item("2027.g.first-part")).toMatchObject({
      owners: ["bob", "cy"],
      theme: "linux",
      asks: [{ team: "compiler", ask: "Reviews", level: "Small" }],
      progress: { done: 1, total: 2, source: "milestones" },
      extra: { "what-and-why": "The first part", timespan: "2027" },
    });
    expect(item("2027.g.second-part")).toMatchObject({ state: "help-wanted", owners: [] });
    expect(item("2027.g.first-part").body).toMatch(/^#### First part\n[\s\S]*Ship it[^\n]*\n$/);
  });

  it("leaves a subgoal with no owner of its own unowned, not owned by the goal's point of contact", async () => {
    const { item } = await load({
      "src/2024h2/g.md": goal(
        "Goal",
        [
          ["Point of contact", "@ann"],
          ["Status", "Accepted"],
        ],
        [
          "## Ownership and team asks",
          "### Nobody's part",
          "| Task | Owner(s) or team(s) | Notes |",
          "|---|---|---|",
          "| RFC decision | ![Team][] [lang] | |",
          "### Wanted part",
          "| Task | Owner(s) or team(s) | Notes |",
          "|---|---|---|",
          "| Implementation | ![Help wanted][] | |",
          "",
        ].join("\n"),
      ),
    });
    expect(item("2024h2.g").owners).toEqual(["ann"]);
    expect(item("2024h2.g.nobody-s-part")).toMatchObject({ owners: [] });
    expect(item("2024h2.g.nobody-s-part").state).toBeUndefined();
    expect(item("2024h2.g.wanted-part")).toMatchObject({ owners: [], state: "help-wanted" });
  });

  it("reads the older task table: team asks, help-wanted owners, complete notes, elided asks", async () => {
    const { item } = await load({
      "src/2024h2/old.md": goal(
        "Old goal",
        [
          ["Point of contact", "![Help wanted][]"],
          ["Status", "Accepted"],
          ["Flagship", "Yes"],
        ],
        [
          "## Ownership and team asks",
          "| Task | Owner(s) or team(s) | Notes |",
          "|---|---|---|",
          "| Implementation | ![Help wanted][] | |",
          "| Standard reviews | ![Team][] [compiler] | |",
          "| ~~RFC decision~~ | ![Team][] [lang] | ![Complete][] |",
          "### Part two",
          "| Task | Owner(s) or team(s) | Notes |",
          "|---|---|---|",
          "| Author RFC | [dev] | |",
          "",
          "[dev]: https://github.com/dev",
          "",
        ].join("\n"),
      ),
    });
    const g = item("2024h2.old");
    expect(g).toMatchObject({ owners: [], state: "help-wanted", theme: "flagship" });
    expect(g.asks.map((a) => [a.team, a.ask])).toEqual([
      ["compiler", "Standard reviews"],
      ["lang", "RFC decision"],
    ]);
    expect(g.milestones.map((m) => [m.title, m.state ?? null])).toEqual([
      ["Implementation", "help-wanted"],
      ["RFC decision", "done"],
    ]);
    expect(item("2024h2.old.part-two").owners).toEqual(["dev"]);
  });

  it("makes periods of YYYY and YYYYhN folders, with their state from the README badge", async () => {
    const { workspace } = await load({
      "src/2025h1/README.md":
        "# Goals for 2025H1\n\n> ![Status: Accepted](https://img.shields.io/badge/Status-Accepted-green)\n",
      "src/2025h2/README.md":
        "# 2025H2\n\n![Status: Experimental](https://img.shields.io/badge/Status-Experimental-yellow)\n",
      "src/2025h2/g.md": goal("G", [
        ["Point of contact", "@a"],
        ["Status", "Proposed"],
      ]),
      "src/2025h1/g.md": goal("G", [
        ["Point of contact", "@a"],
        ["Status", "Accepted"],
      ]),
    });
    expect(workspace.periods.map((p) => [p.id, p.title, p.state, p.start])).toEqual([
      ["2025h1", "Goals for 2025H1", "accepted", "2025-01-01"],
      ["2025h2", "2025H2", "draft", "2025-07-01"],
    ]);
    expect(workspace.items.map((i) => i.id)).toEqual(["2025h1.g", "2025h2.g"]);
  });

  it("takes a slate without a badge as accepted when most of its goals are Accepted", async () => {
    const g = (status: string) =>
      goal("G", [
        ["Point of contact", "@a"],
        ["Status", status],
      ]);
    const { workspace } = await load({
      // 2026's README is the RFC text: no badge, most goals Accepted, a few Proposed since.
      "src/2026/README.md": "# 2026\n\n- Start Date: 2026-02-23\n",
      "src/2026/a.md": g("Accepted"),
      "src/2026/b.md": g("Accepted"),
      "src/2026/c.md": g("Proposed"),
      "src/2027/README.md": "# 2027\n",
      "src/2027/a.md": g("Accepted"),
      "src/2027/b.md": g("Proposed"),
      "src/2027/c.md": g("Proposed"),
    });
    expect(workspace.periods.map((p) => [p.id, p.state])).toEqual([
      ["2026", "accepted"],
      ["2027", "draft"],
    ]);
  });

  it("links goals that continue an earlier period's by their tracking issue", async () => {
    const rows = (status: string, issue: string): [string, string][] => [
      ["Point of contact", "@a"],
      ["Status", status],
      ["Tracking issue", issue],
    ];
    const { item } = await load({
      "src/2025h1/first.md": goal("First", rows("Accepted", "[rust-lang/rust-project-goals#390]")),
      "src/2025h2/again.md": goal(
        "Again",
        rows("Accepted", "https://github.com/rust-lang/goals/issues/390"),
      ),
    });
    expect(item("2025h2.again").tracking).toEqual({
      owner: "rust-lang",
      repo: "goals",
      number: 390,
    });
    expect(item("2025h2.again").extra.continues).toBe("2025h1.first");
    expect(item("2025h1.first").extra.continues).toBeUndefined();
  });

  it("turns Flagship theme names into the period's themes when it has no roadmap files", async () => {
    const { workspace, item } = await load({
      "src/2025h2/a.md": goal("A", [
        ["Point of contact", "@a"],
        ["Status", "Accepted"],
        ["Flagship", "Beyond the `&`"],
      ]),
      "src/2025h2/b.md": goal("B", [
        ["Point of contact", "@b"],
        ["Status", "Accepted"],
        ["Flagship", "Beyond the &"],
      ]),
    });
    expect(workspace.periods[0]!.themes).toEqual([{ id: "beyond-the-and", title: "Beyond the &" }]);
    expect([item("2025h2.a").theme, item("2025h2.b").theme]).toEqual([
      "beyond-the-and",
      "beyond-the-and",
    ]);
  });

  it("keeps templates and pages without a metadata table out of the goals", async () => {
    const { workspace } = await load({
      "src/TEMPLATE.md": goal("TEMPLATE (replace with title of your goal)", [
        ["Point of contact", "@ghost"],
        ["Status", "Proposed"],
      ]),
      "src/2025h1/0000-TEMPLATE.md": goal("Title", [
        ["Point of contact", "@ghost"],
        ["Status", "Proposed"],
      ]),
      "src/2025h1/goals.md": "# Goals\n\n(((GOALS)))\n",
      "src/2025h1/g.md": goal("G", [
        ["Point of contact", "@a"],
        ["Status", "Accepted"],
      ]),
    });
    expect(workspace.items.map((i) => i.id)).toEqual(["2025h1.g"]);
    expect(workspace.pages.map((p) => p.file).sort()).toEqual([
      "src/2025h1/0000-TEMPLATE.md",
      "src/2025h1/goals.md",
      "src/TEMPLATE.md",
    ]);
  });

  it("reports corpus defects as warnings and still reads the goal", async () => {
    const { diagnostics, item } = await load({
      "src/2026/roadmap-a.md": `# A\n\n${table([
        ["What and why", "a"],
        ["Point of contact", "@a"],
      ])}\n`,
      "src/2026/x.md": goal("X", [
        ["Point of contact", "Someone, eventually"],
        ["Status", "Proposed for mentorship"],
        ["Tracking issue", "soon"],
        ["Roadmap", "Nonexistent"],
      ]),
      "src/2026/y.md": `## Y\n\n${table([
        ["Point of contact", "@y"],
        ["Status", "Maybe"],
      ])}\n`,
    });
    expect(
      diagnostics.map((d) => `${d.span.file}:${d.span.start.line} ${d.severity} ${d.ruleId}`),
    ).toEqual([
      "src/2026/x.md:5 warning invalid-value",
      "src/2026/x.md:7 warning invalid-value",
      "src/2026/x.md:8 warning unknown-theme",
      "src/2026/y.md:1 warning heading-level",
      "src/2026/y.md:6 warning invalid-value",
    ]);
    expect(item("2026.x")).toMatchObject({ status: "proposed", owners: [], theme: "nonexistent" });
    expect(item("2026.x").extra).toMatchObject({
      "status-text": "Proposed for mentorship",
      "tracking-issue": "soon",
    });
    expect(item("2026.y")).toMatchObject({ title: "Y", status: undefined });
  });

  it("reads 2025h1's layout: a definition under the table, program management as a subgoal", async () => {
    const { item } = await load({
      "src/2025h1/async.md": [
        "# Bring the Async Rust experience closer to parity with sync Rust",
        "",
        table([
          ["Short title", "Async"],
          ["Point of contact", "@tmandry"],
          ["Status", "Accepted"],
          ["Flagship", "Yes"],
          ["Tracking issue", "[rust-lang/rust-project-goals#105]"],
          ["Zulip channel", "[#wg-async][channel]"],
        ]),
        "[channel]: https://rust-lang.zulipchat.com/#narrow/channel/187312-wg-async/",
        "## Summary",
        "",
        "Text.",
        "",
        "## Ownership and team asks",
        "",
        "### Overall program management",
        "",
        "| Task | Owner(s) or team(s) | Notes |",
        "|---|---|---|",
        "| AFIT story blog post | @tmandry | |",
        "",
        "### Return type notation",
        "",
        "| Task | Owner(s) or team(s) | Notes |",
        "|---|---|---|",
        "| Standard reviews | ![Team][] [types], [compiler] | |",
        "| Author Reference PR | TBD (@compiler-errors, @tmandry, or @nikomatsakis) | |",
        "",
        "### Definitions",
        "",
        "* *Design meeting* means a meeting.",
        "",
      ].join("\n"),
    });
    const goal = item("2025h1.async");
    expect(goal).toMatchObject({
      links: [{ title: "#wg-async", url: expect.stringContaining("187312-wg-async") }],
      tracking: { owner: "rust-lang", repo: "rust-project-goals", number: 105 },
      children: ["2025h1.async.overall-program-management", "2025h1.async.return-type-notation"],
    });
    expect(goal.extra.metadata).toBeUndefined();
    expect(item("2025h1.async.return-type-notation").asks.map((a) => a.team)).toEqual([
      "types",
      "compiler",
    ]);
  });

  it("reads a folder that is the book's src/ itself", async () => {
    const { workspace } = await load({
      "2026/g.md": goal("G", [
        ["Point of contact", "@a"],
        ["Status", "Accepted"],
      ]),
      "README.md": "# Rust Project Goals\n",
    });
    expect(workspace.layout).toBe("rust-project-goals");
    expect(workspace.items.map((i) => i.id)).toEqual(["2026.g"]);
    expect(workspace.pages.map((p) => p.title)).toEqual(["Rust Project Goals"]);
  });
});
