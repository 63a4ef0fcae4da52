import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { readPlaceholder } from "../../model/layouts/rust-project-goals/placeholders.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { placeholderExpander } from "./expand-placeholders.js";

const table = (rows: [string, string][]) =>
  ["| Metadata | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");

const FILES = {
  "src/2026/README.md": "# 2026\n",
  "src/2026/a.md": `# Goal A | piped\n\n${table([
    ["Point of contact", "@ann"],
    ["Status", "Accepted"],
    ["Needs", "Contributor"],
  ])}\n\n## Team asks\n\n| Team | Support level | Notes |\n|---|---|---|\n| [lang] | Large | Design |\n`,
  "src/2026/b.md": `# Goal B\n\n${table([
    ["Point of contact", "@bo"],
    ["Status", "Not accepted"],
  ])}\n`,
};

describe("placeholderExpander", () => {
  it("expands goal counts, tables and team asks from the model, linking the goal files", async () => {
    const { workspace } = await runPipeline(await testdir(FILES), { check: false });
    const expand = placeholderExpander(workspace);
    const out = expand(
      "src/2026/goals.md",
      "We have (((#GOALS))) goals.\n\n(((LARGE GOALS)))\n\n(((GOALS NOT ACCEPTED)))\n\n(((TEAM ASKS)))\n\n(((GOALS WITH NEEDS: Contributor)))\n",
    );
    expect(out).toContain("We have 1 goals.");
    expect(out).toContain("| [Goal A \\| piped](./a.md) | @ann | lang |");
    expect(out).toContain("| [Goal B](./b.md) | @bo |  |");
    expect(out).toContain("**lang**");
    expect(out).toContain("| [Goal A \\| piped](./a.md) | Large | Design |");
    expect(out).not.toContain("(((");
  });

  it("notes a placeholder it cannot produce or does not know, naming it without the parens", async () => {
    const { workspace } = await runPipeline(await testdir(FILES), { check: false });
    const out = placeholderExpander(workspace)(
      "src/about/x.md",
      "(((VALID TEAM ASKS)))\n(((NEW THING)))",
    );
    expect(out).toContain("> **VALID TEAM ASKS**: the book generates this here");
    expect(out).toContain(
      "> **NEW THING**: the book generates this here; Waymark does not (Waymark does not know this placeholder).",
    );
    expect(out).not.toContain("(((");
  });

  it("leaves a placeholder quoted in a code span or a fenced code block as written", async () => {
    const { workspace } = await runPipeline(await testdir(FILES), { check: false });
    const body =
      "Write `(((GOALS)))` where the table goes.\n\n```md\n(((GOALS)))\n```\n\nWe have (((#GOALS))) goals.\n";
    const out = placeholderExpander(workspace)("src/2026/goals.md", body);
    expect(out).toBe(
      "Write `(((GOALS)))` where the table goes.\n\n```md\n(((GOALS)))\n```\n\nWe have 1 goals.\n",
    );
  });

  it("reads the book's placeholder names, with or without an argument", () => {
    expect(readPlaceholder("FLAGSHIP GOALS")).toEqual({ kind: "goals", which: "flagship" });
    expect(readPlaceholder("ROADMAP ROWS: Beyond the `&`")).toEqual({
      kind: "roadmap-rows",
      name: "Beyond the `&`",
    });
    expect(readPlaceholder("toString")).toBeUndefined();
    expect(readPlaceholder("ROADMAP ROWS:")).toBeUndefined();
  });
});
