import { describe, expect, it } from "vitest";
import { phasesOfPeriod } from "../src/model/period-phases.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { runWaymark as waymark } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { testdir } from "./helpers/testdir.js";

const WORKSPACE = {
  "waymark.yaml": "group: { name: G }\n",
  "periods/2025h1.md":
    "---\nstart: 2025-01-01\nend: 2025-06-30\nphases:\n  proposals: 2024-10-01\n  review: 2024-11-15\n  rfc: 2024-12-01\n  accepted: 2024-12-20\n---\n",
};

// Spawns the CLI (compiled once by the global setup): a longer timeout on a loaded machine.
describe("waymark status --period names the phase", { timeout: 90_000 }, () => {
  it.each([
    ["2024-09-30", "Phase: not open yet · next: Proposals open on 2024-10-01"],
    ["2024-11-20", "Phase: Review since 2024-11-15 · next: RFC on 2024-12-01"],
    ["2025-03-01", "Phase: Running since 2025-01-01 · next: Closed on 2025-07-01"],
    ["2025-07-01", "Phase: Closed since 2025-07-01"],
  ])("on %s", async (date, line) => {
    const dir = await testdir(WORKSPACE);
    const { code, stdout } = await waymark("status", dir, "--period", "2025h1", "--date", date);
    expect(code).toBe(0);
    expect(stdout.split("\n")[1]).toBe(line);
  });

  it("refuses a date that does not exist, and exits 1", async () => {
    const dir = await testdir(WORKSPACE);
    const { code, stdout, stderr } = await waymark(
      "status",
      dir,
      "--period",
      "2025h1",
      "--date",
      "2025-02-30",
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unexpected date `2025-02-30`, expected a day as YYYY-MM-DD");
  });
});

describe(
  "phases of the rust-project-goals corpus",
  needsShared("corpus/rust-project-goals"),
  () => {
    it("dates 2026's RFC from its README's Start Date, and each period's end", async () => {
      const { workspace } = await runPipeline(sharedPath("corpus/rust-project-goals"), {
        check: false,
      });
      const dated = (id: string) =>
        phasesOfPeriod(workspace, id).flatMap((p) => (p.date ? [`${p.id} ${p.date}`] : []));
      expect(dated("2026")).toEqual(["rfc 2026-02-23", "closed 2027-01-01"]);
      expect(dated("2024h2")).toEqual(["running 2024-07-01", "closed 2025-01-01"]);
    });
  },
);
