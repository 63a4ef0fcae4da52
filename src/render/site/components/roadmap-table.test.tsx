import { describe, expect, it } from "vitest";
import { siteShell } from "../../../../test/helpers/site-shell.js";
import { renderFragment } from "../route.js";
import type { Shell } from "../shell.js";
import { type RoadmapRow, RoadmapTable } from "./roadmap-table.js";

const shellOf = (name: string, base = "/") => siteShell({ base, people: { ana: { name } } });

const row = (id: string, parent: string | null): RoadmapRow => ({
  id,
  title: `Title ${id}`,
  depth: parent ? 1 : 0,
  parent,
  parentTitle: parent ? `Title ${parent}` : null,
  state: "in-progress",
  progress: { done: 1, total: 2 },
  owners: ["ana"],
  teams: [],
});

describe("RoadmapTable's rows, rendered once per shell", () => {
  const goal = row("g", null);
  const initiative = row("i", "g");
  const table = (shell: Shell, rows: RoadmapRow[], filtered: boolean) =>
    renderFragment(shell, <RoadmapTable rows={rows} filtered={filtered} />);

  it("gives the same bytes from the memo as on first render, orphan note included", () => {
    const first = table(shellOf("Ana"), [initiative], true);
    const shell = shellOf("Ana");
    table(shell, [goal, initiative], false);
    expect(table(shell, [initiative], true)).toBe(first);
    expect(first).toContain("in Title g");
    expect(table(shell, [goal, initiative], false)).not.toContain("in Title g");
  });

  it("renders again for another shell: a rebuilt site with new names or base", () => {
    table(shellOf("Ana"), [goal], false);
    expect(table(shellOf("Ana B."), [goal], false)).toContain("Ana B.");
    expect(table(shellOf("Ana", "/sub/"), [goal], false)).toContain('href="/sub/goals/g/"');
  });
});
