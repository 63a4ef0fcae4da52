import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { runCheck } from "../check/run-check.js";
import { ParseCache } from "../load/parse-markdown.js";
import { loadSite } from "../publish/site/load-site.js";
import { NO_FACTS } from "../track/types.js";
import { runPipeline } from "./run-pipeline.js";

const FILES = {
  "waymark.yaml": "group: { name: G }\n",
  "goals/a.md": "---\ntitle: A\nstate: help-wanted\nowners: [nobody]\n---\n\nSee [c](c.md).\n",
  "goals/b.md": "---\ntitle: B\ncolour: red\n---\n",
};

const ids = (ds: { ruleId: string }[]) => ds.map((d) => d.ruleId);

describe("runPipeline", () => {
  it("runs load, model, track and check, in that order, for every command", async () => {
    const dir = await testdir(FILES);
    const timings = {};
    const result = await runPipeline(dir, { timings });
    // b.md keeps its item: only its unknown field is dropped.
    expect(result.workspace.items.map((i) => i.file)).toEqual(["goals/a.md", "goals/b.md"]);
    expect(result.files.files.has("goals/a.md")).toBe(true);
    expect(result.facts).toBe(NO_FACTS);
    expect(ids(result.diagnostics)).toEqual([
      "unknown-person",
      "broken-link",
      "missing-owner",
      "unknown-field",
    ]);
    expect(Object.keys(timings)).toEqual(["load", "track", "check"]);
  });

  it("stops after track with `check: false`, keeping load and model diagnostics only", async () => {
    const dir = await testdir(FILES);
    const { workspace, diagnostics, facts } = await runPipeline(dir, { check: false });
    expect(ids(diagnostics)).toEqual(["unknown-field"]);
    expect(runCheck(workspace, diagnostics, { facts })).toEqual(
      (await runPipeline(dir)).diagnostics,
    );
  });

  it("gives `build` and `serve` exactly what `check` reports", async () => {
    const dir = await testdir(FILES);
    for (const strict of [false, true]) {
      const site = await loadSite({ dir, date: "2026-01-01", strict }, new ParseCache(), {});
      expect(site.diagnostics).toEqual((await runPipeline(dir, { strict })).diagnostics);
    }
  });
});
