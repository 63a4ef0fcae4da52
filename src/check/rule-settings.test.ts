import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../test/helpers/check-dir.js";

const NOTES = {
  "notes.md": "See [a](missing.md) and [b].\n\n[unused]: ./notes.md\n",
  "goals/a.md": "---\ntitle: A\nstate: in-progress\n---\n",
};

/** `rule severity` of each diagnostic, for a workspace whose waymark.yaml ends with `rules`. */
async function check(rules: string, strict = false) {
  const files = { "waymark.yaml": `group: { name: G }\n${rules}`, ...NOTES };
  return (await checkFiles(files, strict)).map((d) => `${d.ruleId} ${d.severity}`);
}

describe("rules: in waymark.yaml", () => {
  it("leaves every rule at its default without settings", async () => {
    expect(await check("")).toEqual([
      "missing-owner warning",
      "broken-link error",
      "undefined-reference error",
      "unused-definition warning",
    ]);
  });

  it("turns rules off, lowers errors to warnings and raises warnings to errors", async () => {
    const rules =
      "rules:\n  broken-link: warning\n  undefined-reference: off\n  missing-owner: error\n";
    expect(await check(rules)).toEqual([
      "missing-owner error",
      "broken-link warning",
      "unused-definition warning",
    ]);
  });

  it("still lets --strict raise the warnings that remain, but not rules turned off", async () => {
    const rules = "rules:\n  broken-link: warning\n  unused-definition: off\n";
    expect(await check(rules, true)).toEqual([
      "missing-owner error",
      "broken-link error",
      "undefined-reference error",
    ]);
  });

  it("sets the ids of loading and the model too", async () => {
    const files = {
      "waymark.yaml": "group: { name: G }\nrules:\n  empty-file: warning\n",
      "goals/empty.md": "",
    };
    expect((await checkFiles(files)).map((d) => `${d.ruleId} ${d.severity}`)).toEqual([
      "empty-file warning",
    ]);
  });

  it("reports an unknown rule id at its key, with the id it most likely means", async () => {
    const files = {
      "waymark.yaml": "group: { name: G }\nrules:\n  brokn-link: off\n  broken-link: off\n",
    };
    const [found, ...rest] = await checkFiles(files);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ ruleId: "unknown-field", severity: "error" });
    expect(lineOf(found!)).toBe(
      "waymark.yaml:3:3: Unexpected rule id `brokn-link` in `rules`, expected an id listed in docs/rules.md",
    );
    expect(found!.hint).toMatch(/^Did you mean `broken-link`\?/);
  });

  it("reports a severity that is not off, warning or error at its value", async () => {
    const files = { "waymark.yaml": "group: { name: G }\nrules:\n  broken-link: loud\n" };
    const found = (await checkFiles(files)).find((d) => d.ruleId === "invalid-value")!;
    expect(lineOf(found)).toBe(
      'waymark.yaml:3:16: Unexpected "loud" for `rules.broken-link`, expected one of off, warning, error',
    );
  });
});
