import { beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../src/check/run-check.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import type { Workspace } from "../src/model/types.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { renderStatus } from "../src/render/status/render-status.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

// Read in place, never copied (CONTRIBUTING): the rust-lang/goals checkout in the shared corpus.
const CORPUS = sharedPath("corpus/rust-project-goals");
const NEEDS_CORPUS = needsShared("corpus/rust-project-goals");

let ws: Workspace;
let loaded: Diagnostic[];

beforeAll(async () => {
  ({ workspace: ws, diagnostics: loaded } = await runPipeline(CORPUS, { check: false }));
});

const goalsOf = (period: string) =>
  ws.items.filter((i) => i.kind === "goal" && i.period === period);
const countBy = (items: { status?: string }[]) =>
  items.reduce<Record<string, number>>((n, i) => {
    n[i.status ?? "none"] = (n[i.status ?? "none"] ?? 0) + 1;
    return n;
  }, {});

describe("rust-project-goals corpus", NEEDS_CORPUS, () => {
  it("is detected without --layout", () => {
    expect(ws.layout).toBe("rust-project-goals");
  });

  it("loads every file without an error-level diagnostic", () => {
    expect(loaded.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reads 2024h2: 31 goal files, 26 accepted and 5 not accepted", () => {
    expect(goalsOf("2024h2")).toHaveLength(31);
    expect(countBy(goalsOf("2024h2"))).toEqual({ accepted: 26, "not-accepted": 5 });
  });

  it("reads 2026: 76 goal files (73 accepted, 2 proposed, 1 not accepted) and 9 roadmap files", () => {
    expect(goalsOf("2026")).toHaveLength(76);
    expect(countBy(goalsOf("2026"))).toEqual({ accepted: 73, proposed: 2, "not-accepted": 1 });
    const period = ws.periods.find((p) => p.id === "2026")!;
    expect(period.themes).toHaveLength(9);
    expect(period.themes.find((t) => t.id === "fast-builds")).toMatchObject({
      title: "Fast Builds",
      summary: expect.stringMatching(/^Make Rust compilation fast/),
    });
  });

  it("makes each period folder a period, accepted by its README's badge or by its goals' statuses", () => {
    expect(ws.periods.map((p) => [p.id, p.state, p.start, p.end])).toEqual([
      ["2024h2", "accepted", "2024-07-01", "2024-12-31"],
      // No badge (the README is the RFC text), but 73 of 76 goals are Accepted.
      ["2026", "accepted", "2026-01-01", "2026-12-31"],
    ]);
  });

  it("keeps non-goal pages as pages, roadmap files too, and the template as no goal", () => {
    const files = ws.pages.map((p) => p.file);
    for (const page of ["src/2024h2/goals.md", "src/2024h2/flagship.md", "src/TEMPLATE.md"])
      expect(files).toContain(page);
    expect(files.filter((f) => /roadmap-/.test(f))).toHaveLength(9);
    expect(ws.items.some((i) => /template/i.test(i.title))).toBe(false);
  });

  it("checks with no errors; --strict turns the corpus's warnings into errors", () => {
    const plain = runCheck(ws, loaded);
    expect(plain.filter((d) => d.severity === "error")).toEqual([]);
    expect(plain.some((d) => d.ruleId === "heading-level")).toBe(true);
    const strict = runCheck(ws, loaded, { strict: true });
    expect(strict.filter((d) => d.severity === "error").length).toBe(
      plain.filter((d) => d.severity !== "info").length,
    );
  });
});

describe("rust-project-goals goals", NEEDS_CORPUS, () => {
  const item = (id: string) => ws.items.find((i) => i.id === id)!;

  it("maps the metadata table: point of contact, status, tracking, short title, flagship", () => {
    expect(item("2024h2.async")).toMatchObject({
      title: "Bring the Async Rust experience closer to parity with sync Rust",
      shortTitle: "Async",
      owners: ["tmandry"],
      status: "accepted",
      theme: "flagship",
      tracking: { owner: "rust-lang", repo: "goals", number: 105 },
      links: [{ title: "#wg-async", url: expect.stringContaining("wg-async") }],
    });
  });

  it("nests the older `###` task tables as initiatives with team asks and done tasks", () => {
    const send = item("2024h2.async.send-bound-problem");
    expect(send).toMatchObject({ kind: "initiative", parent: "2024h2.async" });
    expect(send.asks).toEqual([expect.objectContaining({ team: "lang" })]);
    expect(send.asks[0]!.ask).toBe("RFC decision; Stabilization decision");
    expect(send.milestones.map((m) => [m.title, m.state ?? null])).toEqual([
      ["Implementation", "done"],
      ["Author RFC", "done"],
      ["RFC decision", "done"],
      ["Stabilization decision", null],
    ]);
    expect(send.progress).toEqual({ done: 3, total: 4, source: "milestones" });
    expect(item("2024h2.async").children).toContain(send.id);
  });

  it("nests the newer `####` subgoals under Work items, with the goal's roadmaps and support levels", () => {
    const goal = item("2026.const-generics");
    expect(goal.children).toEqual([
      "2026.const-generics.adt-const-params",
      "2026.const-generics.min-generic-const-arguments",
    ]);
    expect(goal.theme).toBe("constify-all-the-things");
    expect(goal.asks).toEqual([
      expect.objectContaining({ team: "lang", level: "Large" }),
      expect.objectContaining({ team: "types", level: "Large" }),
    ]);
    expect(goal.extra).toMatchObject({
      "what-and-why": 'Finish "the rest" of Const Generics',
      roadmaps: ["Constify all the things", "Rust for Linux"],
      highlights: ["Const and reflection"],
      champions: { lang: "nikomatsakis", types: "BoxyUwU" },
      "funding-contact": "[Hexcat](https://hexcat.nl/)",
      funding: [{ purpose: "Contributors", cost: "Ask", funded: "No" }],
      continues: "2024h2.min_generic_const_arguments",
    });
  });

  it("marks goals whose tasks or needs ask for help as help-wanted", () => {
    const wanted = goalsOf("2024h2")
      .filter((g) => g.state === "help-wanted")
      .map((g) => g.id);
    expect(wanted).toEqual([
      "2024h2.relaxing-the-orphan-rule",
      "2024h2.sandboxed-build-script",
      "2024h2.std-verification",
      "2024h2.user-wide-cache",
    ]);
    expect(item("2026.cargo-plumbing").state).toBe("help-wanted");
  });

  it("adds every @handle and team to the config, linking people to GitHub", () => {
    expect(ws.config.people.get("tmandry")?.url).toBe("https://github.com/tmandry");
    expect(ws.config.people.has("jkelleyrtp")).toBe(true);
    expect([...ws.config.teams.keys()]).toEqual(
      expect.arrayContaining(["lang", "types", "compiler", "libs-api", "cargo"]),
    );
    expect(ws.config.teams.has("jkelleyrtp")).toBe(false);
  });
});

describe("waymark status --period 2024h2 on the corpus", NEEDS_CORPUS, () => {
  it("lists the flagship goals, help-wanted owners and each goal's tracking issue", () => {
    const result = renderStatus(ws, { period: "2024h2" });
    if (!result.ok) throw new Error("unknown period");
    const flagship = result.text.slice(0, result.text.indexOf("The other 90%"));
    for (const title of ["Async", "Rust-for-Linux", "Rust 2024 Edition"])
      expect(flagship).toContain(title);
    expect(result.text).toMatch(/Explore sandboxed build scripts .*weihanglo \(help wanted\)/);
    for (const goal of goalsOf("2024h2").filter((g) => g.tracking))
      expect(result.text).toContain(`rust-lang/goals#${goal.tracking!.number}`);
    expect(result.rows.filter((r) => r.tracking)).toHaveLength(26);
  });
});
