import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";
import { type FieldTarget, spliceField } from "./splice-field.js";

const set = (text: string, target: FieldTarget) => {
  const result = spliceField(text, target);
  if (!result.ok) throw new Error(result.message);
  return result.text;
};
const fm = (key: string, value: string | string[]): FieldTarget => ({
  in: "front-matter",
  key,
  value,
});
const row = (key: string, value: string): FieldTarget => ({ in: "metadata-table", key, value });

describe("spliceField: front matter", () => {
  it("replaces a value and nothing else, comments and spacing kept", () => {
    const text =
      "---\ntitle:   Async closures  # why\ntracking: acme/goals#1\nowners: [ann]\n---\n\nBody\n";
    expect(set(text, fm("tracking", "acme/goals#12"))).toBe(
      "---\ntitle:   Async closures  # why\ntracking: acme/goals#12\nowners: [ann]\n---\n\nBody\n",
    );
    expect(set(text, fm("title", "Async: closures"))).toBe(
      '---\ntitle:   "Async: closures"  # why\ntracking: acme/goals#1\nowners: [ann]\n---\n\nBody\n',
    );
  });

  it("adds a missing key at the end of the front matter, in the file's line endings", () => {
    const text = "---\r\ntitle: A\r\n# last comment\r\n---\r\nBody";
    expect(set(text, fm("tracking", "acme/goals#3"))).toBe(
      "---\r\ntitle: A\r\n# last comment\r\ntracking: acme/goals#3\r\n---\r\nBody",
    );
  });

  it("fills an empty value and turns a block list into a flow list on the key's line", () => {
    const text = "---\ntracking:\nowners:\n  - ann\n  - bo\nstatus: x\n---\n";
    expect(set(text, fm("tracking", "acme/goals#3"))).toBe(
      "---\ntracking: acme/goals#3\nowners:\n  - ann\n  - bo\nstatus: x\n---\n",
    );
    expect(set(text, fm("owners", ["cy"]))).toBe("---\ntracking:\nowners: [cy]\nstatus: x\n---\n");
  });

  it("creates front matter in a file without any, after a byte-order mark", () => {
    expect(set("\uFEFF# Title\n", fm("tracking", "a/b#1"))).toBe(
      "\uFEFF---\ntracking: a/b#1\n---\n# Title\n",
    );
    expect(set("---\n---\nx", fm("status", "accepted"))).toBe("---\nstatus: accepted\n---\nx");
  });

  it("reports unchanged text when the value is already there", () => {
    expect(spliceField("---\nstatus: accepted\n---\n", fm("status", "accepted"))).toEqual({
      ok: true,
      text: "---\nstatus: accepted\n---\n",
      changed: false,
    });
  });

  it("refuses front matter that is not a block map", () => {
    expect(spliceField("---\n[a, b]\n---\n", fm("x", "y"))).toMatchObject({
      ok: false,
      reason: "front-matter-not-a-map",
    });
  });
});

const GOAL_2024 = `# Patterns of empty types

| Metadata       |                                    |
| ---            | ---                                |
| Point of contact | @Nadrieril                         |
| Status         | Proposed                           |
| Zulip channel  | N/A                                |
## Summary
`;

describe("spliceField: rust-project-goals metadata table", () => {
  it("replaces a cell keeping the column's width", () => {
    expect(set(GOAL_2024, row("Status", "Accepted"))).toBe(
      GOAL_2024.replace("| Proposed     ", "| Accepted     "),
    );
  });

  it("adds Tracking issue after Status, shaped like its neighbour", () => {
    const out = set(GOAL_2024, row("Tracking issue", "[rust-lang/rust-project-goals#7]"));
    expect(out).toBe(
      GOAL_2024.replace(
        "| Zulip channel",
        "| Tracking issue | [rust-lang/rust-project-goals#7]   |\n| Zulip channel",
      ),
    );
  });

  it("widens only its own row when the value does not fit, and keeps CRLF", () => {
    const text = "| Metadata | |\r\n|:--|--|\r\n| Tracking issue | x |\r\n";
    expect(set(text, row("Tracking issue", "[rust-lang/goals#12]"))).toBe(
      "| Metadata | |\r\n|:--|--|\r\n| Tracking issue | [rust-lang/goals#12] |\r\n",
    );
  });

  it("fills an empty cell, adds a missing cell, and writes under a lone header", () => {
    expect(
      set("| Metadata | |\n|--|--|\n| Tracking issue |   |\n", row("Tracking issue", "[a/b#1]")),
    ).toBe("| Metadata | |\n|--|--|\n| Tracking issue | [a/b#1] |\n");
    expect(
      set("| Metadata | |\n|--|--|\n| Tracking issue |\n", row("Tracking issue", "[a/b#1]")),
    ).toBe("| Metadata | |\n|--|--|\n| Tracking issue | [a/b#1] |\n");
    expect(set("| Metadata | |\n|--|--|\n", row("Status", "Accepted"))).toBe(
      "| Metadata | |\n|--|--|\n| Status | Accepted |\n",
    );
  });

  it("puts Point of contact first and an unknown row last", () => {
    const text = "| Metadata | |\n|--|--|\n| Status | A |\n| Zulip channel | z |\n\nText\n";
    expect(set(text, row("Point of contact", "@ann"))).toBe(
      "| Metadata | |\n|--|--|\n| Point of contact | @ann |\n| Status | A |\n| Zulip channel | z |\n\nText\n",
    );
    expect(set(text, row("Highlight", "Yes"))).toBe(
      "| Metadata | |\n|--|--|\n| Status | A |\n| Zulip channel | z |\n| Highlight | Yes |\n\nText\n",
    );
  });

  it("touches only the first metadata table (a subgoal's own table stays)", () => {
    const text =
      "| Metadata | |\n|--|--|\n| Status | A |\n\n#### Sub\n\n| Metadata | |\n|--|--|\n| Status | B |\n";
    expect(set(text, row("Status", "Z"))).toBe(text.replace("| Status | A |", "| Status | Z |"));
  });

  it("refuses a file without a metadata table", () => {
    expect(spliceField("# Goal\n\nText\n", row("Status", "Accepted"))).toMatchObject({
      ok: false,
      reason: "no-metadata-table",
    });
  });
});

/** The lines of `after` that are not in `before` at the same place, comparing around one splice. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail))
    tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe("on every goal of the corpus", { timeout: 120_000 }, () => {
  const dirs = () =>
    ["2024h2", "2026"].map((p) => sharedPath("corpus/rust-project-goals", "src", p));
  const goals = () =>
    dirs().flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .map((f) => join(dir, f)),
    );

  it(
    "sets the tracking issue by changing or adding one line, and a second splice changes nothing",
    needsShared("corpus/rust-project-goals"),
    () => {
      let tables = 0;
      for (const file of goals()) {
        const text = readFileSync(file, "utf8");
        const result = spliceField(text, row("Tracking issue", "[rust-lang/goals#999]"));
        if (!result.ok) continue;
        tables++;
        const { removed, added } = changedLines(text, result.text);
        expect(removed.length, file).toBeLessThanOrEqual(1);
        expect(added, file).toHaveLength(1);
        expect(added[0], file).toMatch(
          /^\|\s*Tracking issues?\s*\|\s*\[rust-lang\/goals#999\]\s*\|/,
        );
        const again = spliceField(result.text, row("Tracking issue", "[rust-lang/goals#999]"));
        expect(again, file).toMatchObject({ ok: true, changed: false });
      }
      expect(tables).toBeGreaterThan(60);
    },
  );
});
