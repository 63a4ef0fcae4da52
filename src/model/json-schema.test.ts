import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildJsonSchema, generateJsonSchemas, SCHEMA_ENTRIES } from "./json-schema.js";

const SCHEMA_DIR = join(import.meta.dirname, "..", "..", "schema");

/** Per schema file: front matter (or waymark.yaml) that is valid, and some that is not. */
const SAMPLES: Record<string, { valid: string; invalid: string }> = {
  "waymark.schema.json": {
    valid: `
group:
  name: Async WG
  leads: [nikomatsakis]
  chat: { title: "#wg-async", url: https://example.org/chat }
  repositories: [rust-lang/rust]
people:
  nikomatsakis: { name: Niko Matsakis }
  tmandry:
teams:
  lang: { name: Language team }
periods:
  - { id: 2024h2, start: 2024-07-01, end: 2024-12-31 }
triage:
  repositories: [rust-lang/rust]
  area-label: A-async-await
  labels: { focus: AsyncAwait-Focus, on-deck: AsyncAwait-OnDeck, other: AsyncAwait-Triaged }
  focus-limit: 3-5
  on-deck-limit: 25
cadences:
  triage: { every: week, time: "16:00", timezone: UTC }
  review: { every: 2 weeks, duration: 60 }
`,
    invalid: "group: { name: G }\ntriage:\n  repositories: [not/a/repo]\n",
  },
  "item.schema.json": {
    valid: `
title: Async fn in traits
short-title: AFIT
state: in-progress
status: accepted
owners: [tmandry, lang]
teams: { lang: Design meeting, types: { ask: Review, level: Small } }
period: 2024h2
progress: 2/6
tracking: rust-lang/rust#123
links: [{ title: RFC, url: https://example.org/rfc }]
`,
    invalid: "title: X\nstate: finished\n",
  },
  "period.schema.json": {
    valid: "state: accepted\nstart: 2024-07-01\nthemes:\n  - { id: async, title: Async Rust }\n",
    invalid: "state: maybe\n",
  },
  "vision.schema.json": {
    valid:
      "tenets: [Reliable, { title: Efficient }]\nschedule:\n  - { phase: Drafting, end: 2021-04-30 }\n",
    invalid: "schedule:\n  - { start: 2021-04-30 }\n",
  },
  "character.schema.json": {
    valid: "name: Grace\nvalue: Performance\n",
    invalid: "name: Grace\nage: 30\n",
  },
  "story.schema.json": {
    valid: `
title: Alan tries to debug a hang
kind: status-quo
characters: alan
sources: [Interview 1, { title: Blog post, url: https://example.org/post }]
goals: [async-fn-in-traits]
`,
    invalid: "title: Story\nkind: sad-past\n",
  },
};

describe("generated JSON Schemas", () => {
  const fresh = generateJsonSchemas();
  // zod's ISO date and time carry their own `pattern`, which Ajv checks; the `format` beside it
  // is for editors, so Ajv is told the names rather than given a second implementation.
  const ajv = new Ajv({ allErrors: true, formats: { date: true, time: true } });

  it("has a sample for every schema", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...fresh.keys()].sort());
  });

  it.each([...fresh])("schema/%s is up to date (run `npm run schema`)", async (file, text) => {
    expect(await readFile(join(SCHEMA_DIR, file), "utf8")).toBe(text);
  });

  it.each(SCHEMA_ENTRIES.map((e) => [e.file, e] as const))(
    "%s accepts a valid sample and rejects an invalid one, as zod does",
    (file, entry) => {
      const validate = ajv.compile(buildJsonSchema(entry));
      const { valid, invalid } = SAMPLES[file]!;
      for (const [text, expected] of [
        [valid, true],
        [invalid, false],
      ] as const) {
        const value = parse(text);
        expect(validate(value), ajv.errorsText(validate.errors)).toBe(expected);
        expect(entry.schema.safeParse(value).success).toBe(expected);
      }
    },
  );
});
