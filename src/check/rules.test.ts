import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../test/helpers/check-dir.js";
import { testdir } from "../../test/helpers/testdir.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { RULES } from "./all-rules.js";
import { exampleFacts } from "./example-facts.js";
import type { RuleExample } from "./rule.js";
import { runCheck } from "./run-check.js";

/** An example's diagnostics, with its synced facts standing in for the cache when it has them. */
async function diagnosticsOf(example: RuleExample) {
  if (!example.synced && !example.date && !example.area) return checkFiles(example.files);
  const { workspace, diagnostics } = await runPipeline(await testdir(example.files), {
    check: false,
  });
  return runCheck(workspace, diagnostics, {
    facts:
      example.synced || example.area
        ? exampleFacts(example.synced ?? {}, example.area, example.comments)
        : undefined,
    review: { date: example.date },
  });
}

// The docs are the tests: every example in every rule's definition is replayed here.
describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  it("has at least one example", () => expect(rule.examples.length).toBeGreaterThan(0));
  it.each(rule.examples.map((e) => [e.title, e] as const))("%s", async (_title, example) => {
    const found = (await diagnosticsOf(example)).filter((d) => d.ruleId === id).map(lineOf);
    expect(found).toEqual(example.expected);
  });
});
