import { beforeAll, describe, expect, it } from "vitest";
import { needsShared, sharedPath } from "../../../test/helpers/shared-corpus.js";
import { testdir } from "../../../test/helpers/testdir.js";
import type { Workspace } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { renderStatus } from "../status/render-status.js";
import { slateOf } from "./slate-tables.js";

const goal = (fields: string) => `---\n${fields.trim()}\n---\n`;

// A slate with a goal whose parts ask the teams, and a goal the slate did not accept.
const SLATE = {
  "waymark.yaml": "group: { name: WG }\nteams: { lang: , libs: , types: }\n",
  "periods/2025h1.md": goal("title: 2025H1\nstate: accepted"),
  "goals/async.md": goal(
    "title: Bring async closer to sync\nshort-title: Async\nperiod: 2025h1\nstatus: accepted\nowners: tmandry\nprogress: 1/4",
  ),
  "goals/async/closures.md": goal("title: Async closures\nteams: { lang: RFC decision }"),
  "goals/async/iter.md": goal(
    "title: Async iteration\nteams: { libs: { ask: API review, level: Small }, lang: }",
  ),
  "goals/orphan.md": goal(
    "title: Relax the orphan rule\nperiod: 2025h1\nstatus: not-accepted\nteams: [types]",
  ),
};

async function load(files: Record<string, string>): Promise<Workspace> {
  return (await runPipeline(await testdir(files), { check: false })).workspace;
}

describe("slateOf", () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await load(SLATE);
  });

  it("rolls the teams asked by a goal's parts up into its row, and keeps both titles", () => {
    const [row] = slateOf(ws, { id: "2025h1" }).groups.flatMap((g) => g.rows);
    expect(row).toMatchObject({
      id: "async",
      title: "Async",
      fullTitle: "Bring async closer to sync",
      teams: ["lang", "libs"],
      progress: { done: 1, total: 4 },
    });
  });

  it("lists not-accepted goals apart, and leaves them out of the team asks", () => {
    const slate = slateOf(ws, { id: "2025h1" });
    expect(slate.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(["async"]);
    expect(slate.notAccepted.map((r) => r.id)).toEqual(["orphan"]);
    expect(slate.teamAsks.map((t) => t.team)).toEqual(["lang", "libs"]);
    expect(slate.teamAsks[1]).toEqual({
      team: "libs",
      rows: [
        {
          goal: { id: "async", title: "Bring async closer to sync", shortTitle: "Async" },
          part: { id: "iter", title: "Async iteration" },
          ask: "API review",
          level: "Small",
        },
      ],
    });
  });

  it("prints the not-accepted goals under their own heading, and a Progress column", async () => {
    const result = renderStatus(ws, { period: "2025h1" });
    const text = result.ok ? result.text : "";
    expect(text).toMatch(/Goal +Status +Owner +Teams +Progress\n/);
    expect(text.indexOf("Not accepted")).toBeGreaterThan(text.indexOf("Async"));
    expect(text.slice(text.indexOf("Not accepted"))).toContain("Relax the orphan rule");
  });
});

describe(
  "slateOf on the rust-project-goals corpus",
  needsShared("corpus/rust-project-goals"),
  () => {
    let ws: Workspace;
    beforeAll(async () => {
      ({ workspace: ws } = await runPipeline(sharedPath("corpus/rust-project-goals"), {
        check: false,
      }));
    });

    it("shows the teams 2024h2's flagship goals ask in their sub-section tables", () => {
      const slate = slateOf(ws, { id: "2024h2" });
      const rows = new Map(slate.groups.flatMap((g) => g.rows).map((r) => [r.id, r] as const));
      expect(rows.get("2024h2.async")?.teams).toEqual(["lang", "libs", "libs-api", "compiler"]);
      expect(rows.get("2024h2.rfl_stable")?.teams).toEqual(["lang", "compiler"]);
      expect(rows.get("2024h2.async")?.fullTitle).toBe(
        "Bring the Async Rust experience closer to parity with sync Rust",
      );
    });

    it("keeps 2024h2's five not-accepted goals apart and out of every team's asks", () => {
      const slate = slateOf(ws, { id: "2024h2" });
      expect(slate.notAccepted).toHaveLength(5);
      expect(slate.groups.flatMap((g) => g.rows)).toHaveLength(26);
      const asking = new Set(slate.teamAsks.flatMap((t) => t.rows.map((r) => r.goal.id)));
      for (const row of slate.notAccepted) expect(asking.has(row.id)).toBe(false);
    });
  },
);
