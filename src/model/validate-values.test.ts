import { describe, expect, it } from "vitest";
import { fileSpan } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/line-index.js";
import { parseYaml } from "../load/parse-yaml.js";
import { issueRef } from "./layouts/rust-project-goals/cells.js";
import { toIssue } from "./layouts/waymark/build-items.js";
import { configSchema, itemSchema, periodSchema } from "./schemas.js";
import { validate } from "./validate.js";

type Schema = typeof itemSchema | typeof configSchema | typeof periodSchema;

function run(schema: Schema, text: string) {
  const y = parseYaml("f.yaml", text, 0, new LineIndex(text));
  return validate(schema, y.value, y.spans, fileSpan("f.yaml")).diagnostics.map(
    (d) => `${d.span.start.line}:${d.span.start.column} ${d.ruleId} ${d.message} | ${d.hint}`,
  );
}

const CONFIG = "group: { name: G }\n";

describe("validate: dates, times and time zones", () => {
  it("rejects dates that do not exist, at the value", () => {
    expect(run(periodSchema, "start: 2024-02-30\nend: 2024-13-45\n")).toEqual([
      '1:8 invalid-value Unexpected "2024-02-30" for `start`, expected a date as YYYY-MM-DD that exists | Write a date of the calendar as YYYY-MM-DD, e.g. 2024-02-29: months 01 to 12, days up to the month\'s last.',
      expect.stringMatching(
        /^2:6 invalid-value Unexpected "2024-13-45" for `end`, expected a date/,
      ),
    ]);
    expect(run(periodSchema, "start: 2024-02-29\nend: 2023-12-31\n")).toEqual([]);
    expect(run(periodSchema, "start: 2023-02-29\n")[0]).toMatch(/^1:8 invalid-value/);
  });

  it("checks every date field: config periods, the vision's schedule, a cadence's anchor", () => {
    const lines = run(
      configSchema,
      `${CONFIG}periods: [{ id: p, start: 2024-04-31 }]\ncadences:\n  sync: { every: week, anchor: 2024-00-10 }\n`,
    );
    expect(lines.map((l) => l.split(" ")[0])).toEqual(["2:27", "4:32"]);
  });

  it("rejects times past 23:59, and zones Intl does not know, with a did-you-mean", () => {
    const lines = run(
      configSchema,
      `${CONFIG}cadences:\n  a: { every: week, time: "25:61", timezone: Mars/Olympus }\n  b: { every: week, time: "09:30", timezone: Europe/Berln }\n  c: { every: week, time: "23:59", timezone: UTC }\n`,
    );
    expect(lines).toEqual([
      '3:27 invalid-value Unexpected "25:61" for `cadences.a.time`, expected a time as HH:MM, from 00:00 to 23:59 | Write a 24-hour time as HH:MM, e.g. 09:30.',
      '3:46 invalid-value Unexpected "Mars/Olympus" for `cadences.a.timezone`, expected an IANA time zone such as Europe/Berlin or UTC | Use a name from the IANA time zone database.',
      '4:46 invalid-value Unexpected "Europe/Berln" for `cadences.b.timezone`, expected an IANA time zone such as Europe/Berlin or UTC | Did you mean `Europe/Berlin`?',
    ]);
  });
});

describe("validate: handles, ids and issue numbers", () => {
  it("reports __proto__ as a handle instead of dropping it", () => {
    const lines = run(configSchema, `${CONFIG}people:\n  __proto__: { name: P }\n  ann: {}\n`);
    expect(lines).toEqual([
      "3:3 invalid-value Unexpected key `__proto__` in `people`, expected a handle, id or label starting with a letter or digit | Rename the key; `__proto__` is reserved and would be lost.",
    ]);
    expect(run(itemSchema, "title: A\nextra:\n  __proto__: 1\n")[0]).toMatch(/^3:3 invalid-value/);
  });

  it("checks handles and team ids against a safe pattern", () => {
    const lines = run(
      configSchema,
      `${CONFIG}people:\n  "-x": {}\n  ann: {}\nteams:\n  "a b": {}\n`,
    );
    expect(lines[0]).toContain(
      'invalid-value Unexpected key "-x" in `people`, expected letters, digits',
    );
    expect(lines.map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual([
      "3:3 invalid-value",
      "6:3 invalid-value",
    ]);
    expect(run(itemSchema, "title: A\nowners: [ann, 'bad handle']\n")[0]).toContain(
      "expected letters, digits, '.', '_' or '-', starting with a letter or digit",
    );
  });

  it("bounds tracking issue numbers to GitHub's", () => {
    expect(run(itemSchema, 'title: A\ntracking: "a/b#99999999999999999999999"\n')).toEqual([
      '2:11 invalid-value Unexpected "a/b#99999999999999999999999" for `tracking`, expected owner/repo#number with a number from 1 to 2147483647, as GitHub\'s are | See docs/format.md for this field.',
    ]);
    expect(run(itemSchema, 'title: A\ntracking: "a/b#2147483647"\n')).toEqual([]);
    expect(run(itemSchema, 'title: A\ntracking: "a/b#0"\n')).toHaveLength(1);
    expect(issueRef("[a/b#99999999999999999999999]")).toBeUndefined();
    expect(issueRef("https://github.com/a/b/issues/2147483648")).toBeUndefined();
    expect(issueRef("[a/b#42]")).toEqual({ owner: "a", repo: "b", number: 42 });
    expect(toIssue("a/b#99999999999999999999999")).toBeUndefined();
  });
});
