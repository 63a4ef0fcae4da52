import { describe, expect, it } from "vitest";
import { fileSpan } from "../../diagnostics/diagnostic.js";
import { LineIndex } from "../../diagnostics/line-index.js";
import { parseYaml } from "../../load/parse-yaml.js";
import { configSchema } from "../schemas.js";
import { validate } from "../validate.js";

function run(cadences: string) {
  const text = `group: { name: G }\ncadences:\n${cadences}`;
  const y = parseYaml("f.yaml", text, 0, new LineIndex(text));
  return validate(configSchema, y.value, y.spans, fileSpan("f.yaml")).diagnostics.map(
    (d) => `${d.span.start.line}:${d.span.start.column} ${d.message} | ${d.hint}`,
  );
}

describe("cadences in waymark.yaml: every, on and anchor", () => {
  it("accepts weeks, N weeks, days, and monthly rotations on weeks of the month", () => {
    expect(
      run(
        [
          "  a: { every: week, on: Friday, anchor: 2021-02-26 }",
          "  b: { every: 3 weeks, on: tue }",
          "  c: { every: 10 }",
          "  d: { every: month, on: first Thursday }",
          "  e: { every: monthly, on: [first Tuesday, last Tuesday] }",
          "  f: { every: fortnightly, anchor: 2021-06-17 }",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("rejects unknown words for every and on, at the value", () => {
    expect(run("  a: { every: yearly }\n  b: { every: week, on: Fryday }\n")).toEqual([
      '3:15 Unexpected "yearly" for `cadences.a.every`, expected week, N weeks, month, or a number of days | For example `every: week`, `every: 2 weeks` or `every: month`.',
      '4:25 Unexpected "Fryday" for `cadences.b.on`, expected a weekday such as Thursday, or a week of the month such as first Thursday | Write a weekday, led for monthly cadences by first, second, third, fourth or last.',
    ]);
  });

  it("asks a monthly cadence for the weeks it meets in", () => {
    const lines = run(
      "  a: { every: month }\n  b:\n    every: month\n    on: [first Monday, Friday]\n",
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^3:15 Unexpected "month" for `cadences.a.every`, expected `on` beside a monthly cadence/,
    );
    expect(lines[1]).toMatch(
      /^6:24 Unexpected "Friday" for `cadences.b.on.1`, expected a week of the month for a monthly cadence \| Name the week/,
    );
  });

  it("keeps a cadence of weeks to one weekday, and its anchor on that day", () => {
    expect(run("  a: { every: 2 weeks, on: first Thursday }\n")[0]).toMatch(
      /^3:28 Unexpected "first Thursday" .*expected a weekday alone .* \| Use `every: month`/,
    );
    expect(run("  a: { every: week, on: [Monday, Friday] }\n")[0]).toMatch(
      /^3:25 .*expected one weekday for a cadence of weeks/,
    );
    expect(run("  a: { every: 10, on: Monday }\n")[0]).toMatch(
      /^3:23 .*expected no `on` for a cadence of 10 days/,
    );
    expect(run("  a: { every: week, on: Friday, anchor: 2021-06-17 }\n")).toEqual([
      '3:41 Unexpected "2021-06-17" for `cadences.a.anchor`, expected a Friday, the day `on` names (2021-06-17 is a Thursday) | Move the anchor to a meeting day, or change `on`.',
    ]);
  });
});
