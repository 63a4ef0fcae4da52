import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../test/helpers/check-dir.js";
import { RULES } from "./all-rules.js";

// The docs are the tests: every example in every rule's definition is replayed here.
describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  it("has at least one example", () => expect(rule.examples.length).toBeGreaterThan(0));
  it.each(rule.examples.map((e) => [e.title, e] as const))("%s", async (_title, example) => {
    const found = (await checkFiles(example.files)).filter((d) => d.ruleId === id).map(lineOf);
    expect(found).toEqual(example.expected);
  });
});
