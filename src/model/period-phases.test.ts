import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../test/helpers/check-dir.js";
import { testdir } from "../../test/helpers/testdir.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { currentPhase, nextPhase, periodPhases, phasesOfPeriod } from "./period-phases.js";
import type { Period } from "./types.js";

const SPAN = {
  file: "p.md",
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
const page = (over: Partial<Period>): Period => ({
  id: "2024h2",
  title: "2024H2",
  state: "draft",
  themes: [],
  body: "",
  span: SPAN,
  spans: {},
  ...over,
});
const dates = (phases: ReturnType<typeof periodPhases>) =>
  Object.fromEntries(phases.filter((p) => p.date).map((p) => [p.id, `${p.date} ${p.source}`]));

describe("periodPhases", () => {
  it("takes the page's dates first, then waymark.yaml's, then running and closed from start and end", () => {
    const phases = periodPhases(
      page({ start: "2024-07-01", end: "2024-12-31", phases: { review: "2024-06-01" } }),
      { id: "2024h2", span: SPAN, phases: { proposals: "2024-05-01", review: "2024-05-15" } },
    );
    expect(phases.map((p) => p.id)).toEqual([
      "proposals",
      "review",
      "rfc",
      "accepted",
      "running",
      "closed",
    ]);
    expect(dates(phases)).toEqual({
      proposals: "2024-05-01 config",
      review: "2024-06-01 period",
      running: "2024-07-01 derived",
      closed: "2025-01-01 derived",
    });
  });

  it("leaves out an implied date that would come before an earlier phase", () => {
    // 2026 of rust-project-goals: a year-long period whose RFC opened in February.
    const phases = periodPhases(
      page({ start: "2026-01-01", end: "2026-12-31", phases: { rfc: "2026-02-23" } }),
      undefined,
    );
    expect(dates(phases)).toEqual({ rfc: "2026-02-23 period", closed: "2027-01-01 derived" });
  });
});

describe("currentPhase", () => {
  const phases = periodPhases(
    page({
      start: "2024-07-01",
      end: "2024-12-31",
      phases: {
        proposals: "2024-04-01",
        review: "2024-05-15",
        rfc: "2024-06-01",
        accepted: "2024-06-20",
      },
    }),
    undefined,
  );
  it.each([
    ["2024-03-31", undefined, "proposals"],
    ["2024-04-01", "proposals", "review"],
    ["2024-05-20", "review", "rfc"],
    ["2024-06-01", "rfc", "accepted"],
    ["2024-06-25", "accepted", "running"],
    ["2024-07-01", "running", "closed"],
    ["2025-01-01", "closed", undefined],
  ])("on %s is %s, next %s", (date, now, next) => {
    const current = currentPhase(phases, date);
    expect(current?.id).toBe(now);
    expect(nextPhase(phases, current)?.id).toBe(next);
  });

  it("is at least accepted for a slate marked accepted, and running once its period began", () => {
    const undated = periodPhases(page({ phases: { rfc: "2026-02-23" } }), undefined);
    expect(currentPhase(undated, "2026-03-01", { state: "accepted" })?.id).toBe("accepted");
    expect(
      currentPhase(undated, "2026-03-01", { state: "accepted", start: "2026-01-01" })?.id,
    ).toBe("running");
    expect(currentPhase(undated, "2026-03-01", { state: "draft", start: "2026-01-01" })?.id).toBe(
      "rfc",
    );
  });
});

describe("phases in files", () => {
  it("reads phases from a period page and from waymark.yaml", async () => {
    const dir = await testdir({
      "waymark.yaml":
        "group: { name: G }\nperiods:\n  - id: 2025h1\n    phases: { proposals: 2024-10-01 }\n",
      "periods/2025h1.md":
        "---\nstart: 2025-01-01\nphases:\n  review: 2024-11-15\n  rfc: 2024-12-01\n---\n",
    });
    const { workspace, diagnostics } = await runPipeline(dir);
    expect(diagnostics).toEqual([]);
    expect(dates(phasesOfPeriod(workspace, "2025h1"))).toEqual({
      proposals: "2024-10-01 config",
      review: "2024-11-15 period",
      rfc: "2024-12-01 period",
      running: "2025-01-01 derived",
    });
  });

  it("reports phases out of order, an unknown phase and a date that does not exist, each at its place", async () => {
    const found = await checkFiles({
      "waymark.yaml":
        "group: { name: G }\nperiods:\n  - id: 2025h1\n    phases: { review: 2024-11-01, rfc: 2024-10-01 }\n",
      "periods/2025h2.md":
        "---\nphases:\n  proposals: 2025-05-01\n  review: 2025-04-01\n  accepted: 2025-04-30\n---\n",
      "periods/2026h1.md": "---\nphases:\n  voting: 2025-05-01\n  rfc: 2025-02-30\n---\n",
    });
    expect(found.map((d) => `${d.ruleId} ${lineOf(d)}`)).toEqual([
      "phase-order periods/2025h2.md:4:11: Unexpected `review` date 2025-04-01 before `proposals` (2025-05-01), expected the phases in the order proposals, review, rfc, accepted, running, closed",
      "phase-order periods/2025h2.md:5:13: Unexpected `accepted` date 2025-04-30 before `proposals` (2025-05-01), expected the phases in the order proposals, review, rfc, accepted, running, closed",
      "unknown-field periods/2026h1.md:3:3: Unexpected field `voting` in `phases`",
      'invalid-value periods/2026h1.md:4:8: Unexpected "2025-02-30" for `phases.rfc`, expected a date as YYYY-MM-DD that exists',
      "phase-order waymark.yaml:4:40: Unexpected `rfc` date 2024-10-01 before `review` (2024-11-01), expected the phases in the order proposals, review, rfc, accepted, running, closed",
    ]);
  });
});
