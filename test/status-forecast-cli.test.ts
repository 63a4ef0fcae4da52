import { describe, expect, it } from "vitest";
import { forecastWorkspace } from "./helpers/forecast-workspace.js";
import { runWaymark } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

describe("waymark status --forecast", () => {
  it("lists the goals at risk of missing their period's end, with the method", {
    timeout: 60_000,
  }, async () => {
    const dir = await forecastWorkspace();
    const run = await runWaymark("status", dir, "--forecast");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Goals at risk of missing their period's end (as of the last sync, 2026-10-05)",
    );
    const rows = run.stdout.split("\n").filter((l) => /Off track|At risk|On track/.test(l));
    expect(rows).toEqual([
      "Slow <b>&</b> risky  Off track  2031-01-06  2027-06-21 – no latest  2026-12-31",
    ]);
    expect(run.stdout).toContain("2 goals have no forecast");
    expect(run.stdout).toContain("The pace is the work done per week");
  });

  it("prints JSON: each goal at risk with its dates and why, and the goals without a forecast", {
    timeout: 60_000,
  }, async () => {
    const dir = await forecastWorkspace();
    const run = await runWaymark("status", dir, "--forecast", "--json", "--period", "2026H2");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ asOf: "2026-10-05T12:00:00.000Z", period: "2026h2", goals: 5 });
    expect(json.atRisk).toEqual([
      {
        id: "slow",
        title: "Slow <b>&</b> risky",
        period: "2026h2",
        end: "2026-12-31",
        risk: "off-track",
        date: "2031-01-06",
        earliest: "2027-06-21",
        latest: null,
        pacePerWeek: 0.17,
        why: expect.stringContaining("would not be done by the period's end, 2026-12-31"),
      },
    ]);
    expect(json.noForecast.map((g: { id: string }) => g.id)).toEqual(["manual", "unsynced"]);
    expect(json.noForecast[0].why).toContain("does not come from a tracking issue");
    expect(json.noForecast[1].why).toContain("No sync history yet");
  });

  it("says there is nothing to forecast from before a sync (exit 2), and names a bad period", {
    timeout: 60_000,
  }, async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\n---\n",
    });
    const run = await runWaymark("status", dir, "--forecast");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Unexpected workspace without sync history");
    expect(run.stderr).toContain("waymark sync");
    const bad = await runWaymark(
      "status",
      await forecastWorkspace(),
      "--forecast",
      "--period",
      "2099",
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Unexpected period `2099`");
  });
});
