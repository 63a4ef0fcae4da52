import { describe, expect, it } from "vitest";
import { fileSpan } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/line-index.js";
import { parseYaml } from "../load/parse-yaml.js";
import { configSchema, itemSchema } from "./schemas.js";
import { validate } from "./validate.js";

function run(schema: typeof itemSchema | typeof configSchema, text: string) {
  const y = parseYaml("f.yaml", text, 0, new LineIndex(text));
  return validate(schema, y.value, y.spans, fileSpan("f.yaml")).diagnostics.map(
    (d) => `${d.span.start.line}:${d.span.start.column} ${d.ruleId} ${d.message} | ${d.hint}`,
  );
}

describe("validate", () => {
  it("lists the allowed values of an enum, positioned on the value", () => {
    expect(run(itemSchema, "title: A\nstate: doing\n")).toEqual([
      '2:8 invalid-value Unexpected "doing" for `state`, expected one of done, in-progress, help-wanted, paused | Use one of: done, in-progress, help-wanted, paused.',
    ]);
  });

  it("points unknown fields at their key and suggests a near name", () => {
    const [line] = run(itemSchema, "title: A\nowner: ann\n");
    expect(line).toMatch(/^2:1 unknown-field Unexpected field `owner` \| Did you mean `owners`\?/);
  });

  it("reports a missing required field at its parent", () => {
    expect(run(configSchema, "group:\n  mission: m\n")[0]).toMatch(
      /^2:3 missing-field Missing required field `group.name`/,
    );
  });

  it("explains pattern failures in words", () => {
    expect(run(itemSchema, "title: A\nprogress: 2 of 6\n")[0]).toContain(
      "expected done/total, like 2/6",
    );
  });

  it("accepts a valid goal", () => {
    expect(
      run(itemSchema, "title: A\nstate: done\nowners: ann\nprogress: 6/6\ntracking: o/r#1\n"),
    ).toEqual([]);
  });
});
