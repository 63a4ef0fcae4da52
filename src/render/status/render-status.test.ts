import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { isTerminalSafe } from "../../diagnostics/escape-terminal.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { renderStatus } from "./render-status.js";
import { ANSI } from "./string-width.js";

const goal = (fields: string) => `---\n${fields.trim()}\n---\n`;

const ROADMAP = {
  "waymark.yaml": "group: { name: Async WG }\npeople: { tmandry: , oli-obk: }\nteams: { lang: }\n",
  "goals/async-fn.md": goal(
    "title: Async fn everywhere\nstate: in-progress\nowners: tmandry\nprogress: 2/6\norder: 1",
  ),
  "goals/async-fn/tait.md": goal(
    "title: Type Alias Impl Trait\nstate: in-progress\nowners: [oli-obk]\nprogress: 5/6\norder: 1",
  ),
  "goals/async-fn/tait/deeper.md": goal("title: Deeper\nstate: done\nprogress: 1/1"),
  "goals/async-fn/boxable.md": goal("title: Boxable async functions\nstate: paused\norder: 2"),
  "goals/tooling.md": goal("title: Tooling\nshort-title: Tools\nstate: help-wanted\norder: 2"),
};

async function status(files: Record<string, string>, options = {}) {
  const { workspace } = await runPipeline(await testdir(files), { check: false });
  return renderStatus(workspace, options);
}

describe("renderStatus: roadmap overview", () => {
  it("nests initiatives under goals with ↳, aligned by display width", async () => {
    const result = await status(ROADMAP);
    expect(result.ok && result.text).toBe(
      [
        "Async WG: roadmap",
        "",
        "Deliverable                  State           Progress  Owners",
        "───────────────────────────  ──────────────  ────────  ───────",
        "Async fn everywhere          🦀 in progress  ▰▰▱▱▱▱    tmandry",
        "  ↳ Type Alias Impl Trait    🦀 in progress  ▰▰▰▰▰▱    oli-obk",
        "    ↳ Deeper                 ✅ done         ▰▰▰▰▰▰",
        "  ↳ Boxable async functions  💤 paused       ▱▱▱▱▱▱",
        "Tools                        ✋ help wanted  ▱▱▱▱▱▱",
        "",
      ].join("\n"),
    );
  });

  it("prints the same rows as JSON", async () => {
    const result = await status(ROADMAP, { json: true });
    if (!result.ok) throw new Error("expected rows");
    const rows = JSON.parse(result.text);
    expect(rows).toEqual(result.rows);
    expect(rows[1]).toEqual({
      id: "tait",
      title: "Type Alias Impl Trait",
      depth: 1,
      kind: "initiative",
      state: "in-progress",
      progress: { done: 5, total: 6 },
      progressFrom: "5/6, set by hand",
      owners: ["oli-obk"],
      status: null,
      teams: [],
      theme: null,
      tracking: null,
    });
  });

  it("colours only when asked", async () => {
    const plain = await status(ROADMAP);
    const coloured = await status(ROADMAP, { color: true });
    expect(plain.ok && plain.text).not.toContain("\u001b[");
    expect(coloured.ok && coloured.text).toContain("\u001b[");
    const strip = (s: string) => s.replace(ANSI, "");
    expect(coloured.ok && strip(coloured.text)).toBe(plain.ok && plain.text);
  });

  it("shows the latest period when there is no standing roadmap", async () => {
    const result = await status({
      "waymark.yaml": "group: { name: G }\nperiods: [{ id: 2024h1 }, { id: 2024h2 }]\n",
      "goals/old.md": goal("title: Old\nperiod: 2024h1"),
      "goals/new.md": goal("title: New\nperiod: 2024h2"),
      "goals/new/part.md": goal("title: Part"),
    });
    expect(result.ok && result.rows.map((r) => r.id)).toEqual(["new", "part"]);
    expect(result.ok && result.text).toContain("G: 2024h2");
  });

  it("says how to start when there are no goals", async () => {
    const result = await status({ "waymark.yaml": "group: { name: G }\n" });
    expect(result.ok && result.text).toContain("waymark new goal");
  });
});

const SLATE = {
  "waymark.yaml": "group: { name: G }\npeople: { tmandry: }\nteams: { lang: , infra: }\n",
  "periods/2024h2.md": `---
title: 2024H2
themes:
  - { id: async, title: Async fn everywhere, summary: Close the async gaps. }
  - { id: kernel, title: Linux kernel builds on stable Rust }
---
## Async fn everywhere
`,
  "goals/closures.md": goal(
    "title: Stabilize async closures\nstatus: proposed\nperiod: 2024h2\ntheme: async\nowners: tmandry\nteams: [lang, infra]\nstate: in-progress",
  ),
  "goals/closures/part.md": goal("title: An initiative, not on the slate"),
  "goals/orphan.md": goal(
    "title: Relaxing the Orphan Rule\nstatus: accepted\nperiod: 2024h2\nstate: help-wanted\nteams: { lang: Design meeting }",
  ),
  "goals/track.md": goal("title: Track stabilization\nperiod: 2024h2\nstatus: proposed"),
  "goals/standing.md": goal("title: Not in the period\nstate: paused"),
};

describe("renderStatus: text from files", () => {
  it("escapes control characters in titles, names and cells, so colour is only ours", async () => {
    const esc = "\u001b";
    const result = await status({
      "waymark.yaml": `group: { name: "WG${esc}]0;x\\u0007" }\nperiods: [{ id: p1, title: "P${esc}[2J" }]\n`,
      "goals/a.md": goal(`title: "Red ${esc}[31mtitle\\u202e"\nstate: done\nperiod: p1`),
    });
    const slate = await status(
      {
        "waymark.yaml": "group: { name: G }\n",
        "periods/p1.md": goal(`title: "Slate${esc}[5m"\nthemes: [{ id: t, title: "T\\u009b1m" }]`),
        "goals/a.md": goal('title: "A\\nB"\nperiod: p1\ntheme: t'),
      },
      { period: "p1", color: true },
    );
    for (const r of [result, slate]) {
      if (!r.ok) throw new Error("expected rows");
      expect(isTerminalSafe(r.text.replace(ANSI, ""))).toBe(true);
    }
    expect(result.ok && result.text).toContain("Red \\x1b[31mtitle\\u202e");
    expect(result.ok && result.text).toContain("WG\\x1b]0;x\\x07");
    expect(slate.ok && slate.text).toContain("Slate\\x1b[5m");
    expect(slate.ok && slate.text).toContain("A\\nB");
    expect(slate.ok && slate.text).toContain("T\\x9b1m");
  });
});

describe("renderStatus --period", () => {
  it("groups the slate by theme, then the other 90%, then counts", async () => {
    const result = await status(SLATE, { period: "2024H2" });
    expect(result.ok && result.text).toBe(
      [
        "2024H2 goal slate (draft)",
        "",
        "Async fn everywhere",
        "Close the async gaps.",
        "",
        "Goal                      Status    Owner    Teams",
        "────────────────────────  ────────  ───────  ───────────",
        "Stabilize async closures  proposed  tmandry  lang, infra",
        "",
        "Linux kernel builds on stable Rust",
        "",
        "No goals.",
        "",
        "The other 90%",
        "",
        "Goal                      Status    Owner         Teams",
        "────────────────────────  ────────  ────────────  ─────",
        "Relaxing the Orphan Rule  accepted  Owner needed  lang",
        "Track stabilization       proposed",
        "",
        "3 goals: 2 proposed, 1 accepted",
        "",
      ].join("\n"),
    );
  });

  it("prints the slate's rows as JSON, with their themes", async () => {
    const result = await status(SLATE, { period: "2024h2", json: true });
    const rows = JSON.parse(result.ok ? result.text : "[]");
    expect(rows.map((r: { id: string; theme: string | null }) => [r.id, r.theme])).toEqual([
      ["closures", "async"],
      ["orphan", null],
      ["track", null],
    ]);
  });

  it("reports an unknown period with the known ones", async () => {
    const result = await status(SLATE, { period: "2030h1" });
    expect(result).toEqual({
      ok: false,
      error: "unknown-period",
      period: "2030h1",
      known: ["2024h2"],
    });
  });
});
