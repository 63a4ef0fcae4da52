import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { fileSpan } from "../diagnostics/diagnostic.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { defineRule } from "./rule.js";
import { runCheck } from "./run-check.js";

const FILES = {
  "waymark.yaml": "group: { name: G }\n",
  "notes.md": "See [a](missing.md) and [b].\n\n[unused]: ./notes.md\n",
};

async function check(layout: "waymark" | "wg-async", strict = false) {
  const { workspace, diagnostics } = await runPipeline(await testdir(FILES), { check: false });
  workspace.layout = layout;
  return runCheck(workspace, diagnostics, { strict }).map((d) => `${d.ruleId} ${d.severity}`);
}

describe("runCheck", () => {
  it("reports content defects as errors in a native workspace", async () => {
    expect(await check("waymark")).toEqual([
      "broken-link error",
      "undefined-reference error",
      "unused-definition warning",
    ]);
  });

  it("lowers them to their foreign severity in an adapted layout", async () => {
    expect(await check("wg-async")).toEqual([
      "broken-link warning",
      "undefined-reference warning",
      "unused-definition warning",
    ]);
  });

  it("turns every warning into an error with --strict", async () => {
    expect(await check("wg-async", true)).toEqual([
      "broken-link error",
      "undefined-reference error",
      "unused-definition error",
    ]);
  });

  it("keeps a severity a rule sets on one finding", async () => {
    const { workspace } = await runPipeline(await testdir(FILES), { check: false });
    const rule = defineRule({
      id: "missing-owner",
      examples: [],
      check: ({ report }) => report({ span: fileSpan("a"), message: "m", severity: "info" }),
    });
    expect(runCheck(workspace, [], { rules: [rule] }).map((d) => d.severity)).toEqual(["info"]);
  });
});

describe("the rule context", () => {
  it("carries the facts of the track stage to every rule", async () => {
    const { workspace } = await runPipeline(await testdir(FILES), { check: false });
    const rule = defineRule({
      id: "missing-owner",
      examples: [],
      check: ({ facts, report }) => report({ span: fileSpan("a"), message: `as of ${facts.asOf}` }),
    });
    const found = runCheck(workspace, [], { rules: [rule], facts: { asOf: "2026-09-01" } });
    expect(found.map((d) => d.message)).toEqual(["as of 2026-09-01"]);
  });
});
