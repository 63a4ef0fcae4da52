import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHAPE, generateWorkspace } from "../../bench/generate-workspace.js";
import { EXAMPLE, HOSTILE } from "../../bench/hostile-inputs.js";
import { propertyRuns } from "../../test/helpers/property-runs.js";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";
import { LineIndex } from "../diagnostics/line-index.js";
import { listFiles } from "./list-files.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parseWithYaml, parseYaml, rangesOf } from "./parse-yaml.js";
import { readPlainYaml } from "./plain-yaml.js";
import { tooDeep } from "./yaml-depth.js";

/** A value with each scalar's type spelled out: -0, NaN and a number-like string stay apart. */
const typed = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    typeof v === "number" ? `number ${Object.is(v, -0) ? "-0" : String(v)}` : v,
  );

/**
 * The plain reading of `text`, when it takes it, equal to the yaml library's: the same value,
 * the same ranges in the same order, and no problem. Returns whether it was taken.
 */
function expectSame(text: string): boolean {
  // Past the nesting limit parseYaml stops before either reading.
  if (tooDeep("a.yaml", text, 0, new LineIndex(text))) return false;
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const yaml = parseWithYaml("a.yaml", text, 0, new LineIndex(text));
  expect([text, yaml.diagnostics]).toEqual([text, []]);
  expect([text, typed(plain.value)]).toEqual([text, typed(yaml.value)]);
  expect([text, plain.ranges]).toEqual([text, rangesOf(yaml.spans)]);
  return true;
}

/** The YAML texts a workspace's files hold: front matter, and `waymark.yaml` whole. */
function yamlOf(path: string, text: string): string[] {
  if (path.endsWith(".yaml") || path.endsWith(".yml")) return [text];
  if (!path.endsWith(".md")) return [];
  const front = parseMarkdown(path, text).frontmatter;
  return front ? [front.text] : [];
}

/** How many of the YAML texts of a folder's files the plain reading takes, checking each. */
async function takenInFolder(dir: string): Promise<{ taken: number; all: number }> {
  const count = { taken: 0, all: 0 };
  for (const file of await listFiles(dir))
    for (const text of yamlOf(file, readFileSync(join(dir, file), "utf8"))) {
      count.all++;
      if (expectSame(text)) count.taken++;
    }
  return count;
}

// Scalars at the edges of the core schema and of plain syntax: most must be left to yaml.
const SCALARS = [
  ...["1", "-0", "+12", "007", "0o17", "0o8", "0x1F", "0xg", "1e3", "1E-2", ".5", "1.", "1.50"],
  ...[".inf", "-.Inf", "+.INF", ".nan", ".NaN", "~", "null", "Null", "NULL", "nULL", "true"],
  ...["False", "TRUE", "yes", "on", "2024-07-01", "3-5", "1/6", "16:00", "a:b", "a: b", "a:"],
  ...["http://x.org/a#b", "example/bench#980", "a #b", "a#", "#a", "-a", "-1", "- a", "-", "--"],
  ...["---", "...", "?a", "? a", ":a", "a,b", "a]", "[a", "{a", "a}", "a, b", "it's", '"q"', "'q'"],
  ...["'it''s'", "''", '""', "'a", '"a\\"b"', '"a\\nb"', "é中🦀", "\u00a0a", "a\u00a0", "%a", "@a"],
  ...[
    "`a",
    "!a",
    "!!str a",
    "&a a",
    "*a",
    "|",
    ">-",
    "#",
    "a  b",
    "Design meeting",
    "a\tb",
    "a\rb",
  ],
  ...['"a\\\\b"', '"\\/"', '"a\\tb"', '"\\x41"', '"\\u00e9"', '"a\\"', '"\\"', '"a\\ b"', '"\\0"'],
  ...['"#bench"', "'a: b'", '"a, b"', "<<", "=", "12345678901234567890", "0.1e999", "\ufeffa"],
];
const KEYS = [
  ...["title", "a", "a.b", "b", "1", "true", "null", "__proto__", "x-y", "a/b", "_", "2024h2"],
  ...["-a", ".a", "é", "a b", '"q"', "'q'", "<<", "?", "a#b", "1e3", "~", "constructor"],
];

// Scalars the subset takes, so that random documents reach it often.
const COMMON = ["Goal 1", "a", "1", "https://example.org/x", '"#bench"', "'it''s'", "3-5", "~"];

const scalar = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...COMMON) },
  fc.constantFrom(...SCALARS),
  fc.string({ unit: fc.constantFrom("a", "1", " ", ":", "-", "#", ".", ",", "'", '"', "é") }),
);
const key = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom("title", "a", "b", "url", "x-y") },
  fc.constantFrom(...KEYS),
  fc.string({ maxLength: 3 }),
);
const space = fc.constantFrom("", " ", "  ");
const gap = fc.constantFrom(" ", " ", " ", "  ", "");
const trailingComma = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true));

const flowMap = fc
  .tuple(
    fc.uniqueArray(fc.tuple(space, key, gap, scalar, space), {
      maxLength: 4,
      selector: ([, k]) => k,
    }),
    trailingComma,
  )
  .map(
    ([entries, comma]) =>
      `{${entries.map(([a, k, b, v, c]) => `${a}${k}:${b}${v}${c}`).join(",")}${comma ? "," : ""}}`,
  );

/** A flow collection of scalars (and, in a sequence, flow maps) on one line, spaced at random. */
const flow = fc.oneof(
  fc
    .tuple(
      fc.array(fc.tuple(space, fc.oneof({ weight: 3, arbitrary: scalar }, flowMap), space), {
        maxLength: 4,
      }),
      trailingComma,
    )
    .map(([items, comma]) => `[${items.map((i) => i.join("")).join(",")}${comma ? "," : ""}]`),
  flowMap,
);

/** A block node, rendered at a column: its lines, the first without its indentation. */
type Render = (column: number) => string[];

// A comment at the end of a value's line, and the indentation of a comment line after it.
const comment = fc.constantFrom("", "", "", " # note", "  #note");
const commentLine = fc.constantFrom(undefined, undefined, undefined, undefined, 0, 0, 1, 2);

const line = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 3, arbitrary: flow },
  fc.constant(""),
);

const { map } = fc.letrec<{ node: Render; map: Render; seq: Render }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: line.map((text) => () => [text]) },
    { weight: 2, arbitrary: tie("map") },
    tie("seq"),
  ),
  map: fc
    .uniqueArray(
      fc.tuple(key, space, tie("node"), fc.integer({ min: 0, max: 3 }), comment, commentLine),
      { minLength: 1, maxLength: 4, selector: ([k]) => k },
    )
    .map((entries) => (column) => {
      const out: string[] = [];
      for (const [k, gap, value, step, note, noteLine] of entries) {
        const lines = value(column + step);
        const inline = lines.length === 1 && !lines[0]!.startsWith("-");
        const head = `${out.length ? " ".repeat(column) : ""}${k}:`;
        if (inline) out.push(`${head}${lines[0] ? ` ${gap}` : gap}${lines[0]}${note}`);
        else out.push(head, `${" ".repeat(column + step)}${lines[0]}`, ...lines.slice(1));
        if (noteLine !== undefined) out.push(`${" ".repeat(noteLine)}# line`);
      }
      return out;
    }),
  seq: fc
    .array(fc.tuple(tie("node"), fc.integer({ min: 1, max: 2 })), { minLength: 1, maxLength: 4 })
    .map((items) => (column) => {
      const out: string[] = [];
      for (const [item, gap] of items) {
        const lines = item(column + 1 + gap);
        out.push(`${out.length ? " ".repeat(column) : ""}-${" ".repeat(gap)}${lines[0]}`);
        out.push(...lines.slice(1));
      }
      return out;
    }),
}));

/** A document: a block map at the top, with blank lines, trailing spaces or an edit sprinkled in. */
const document = fc
  .tuple(
    map,
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom("\n", "  ", " #c", "\n# c", "\n  #", "\t", "x", "- ", ": ", ""),
        ),
        {
          maxLength: 2,
        },
      ),
    ),
    fc.boolean(),
  )
  .map(([render, edits, newline]) => {
    let text = render(0).join("\n") + (newline ? "\n" : "");
    for (const [at, edit] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + edit + text.slice(i + (edit === "" ? 1 : 0));
    }
    return text;
  });

describe("plain YAML", () => {
  it("reads the subset as yaml does: scalars, flows, nested maps and sequences", () => {
    const taken = [
      "title: Goal 1\norder: 7\nowners: [a, b]\nteams: { lang: Design meeting, infra: Review }\n",
      "links:\n  - { title: Design notes, url: https://example.org/goal/914 }\nnext: 1",
      "a:\nb: ''\nc: \"#x\"\nd: []\ne: { }\n\n\nf: -1.5e3\n",
      "sources: [{ title: Interview 0, url: https://example.org/interview/0 }, { }, x]\n",
      "l:\n- a\n- id: 1\n  t: x\n-   k: [y]\n    m:\n      - z\nn: ~   \n",
      'title: "Stable soluton for the \\"Send bound problem\\""\nb: ["\\\\", "a\\/b\\n\\t"]\n',
      'group:\n  name: A\n  chat: { title: "#bench", url: https://example.org/chat }\n',
    ];
    for (const text of taken) expect([text, expectSame(text)]).toEqual([text, true]);
    const left = [
      "a: 1\na: 2\n", // duplicate key
      "a: # note\n", // a null and a comment
      "a:\n# note\nb: 1\n", // a null and a comment line
      "a: 1\n  # note\n", // an indented comment line
      "a: &x 1\nb: *x\n", // anchor and alias
      "a: !!str 1\n", // tag
      "a: |\n  text\n", // block scalar
      "a: one\n  two\n", // multi-line scalar
      "a:\n\tb: 1\n", // tab
      "a: 1\r\nb: 2\r\n", // CR
      'a: "x\\u00e9y"\n', // an escape the subset leaves to yaml
      "a: [x,\n  y]\n", // flow over lines
      "a: [x, [y]]\n", // nested flow
      "a: { b: [y] }\n", // a flow sequence in a flow map
      "a: [x, ]\n", // trailing comma
      "__proto__: x\n", // the record's prototype
      "1: x\n", // a key that is a number
      "  a: 1\n", // indented top
      "- a\n", // a sequence at the top
      "",
    ];
    for (const text of left) expect([text, readPlainYaml(text)]).toEqual([text, undefined]);
  });

  it("places spans in the file as the yaml path does", () => {
    const text = "---\ntitle: A\nowners: [ann, bob]\nlinks:\n  - { url: x }\n---\nbody\n";
    const md = parseMarkdown("g.md", text);
    const { text: yaml, offset } = md.frontmatter!;
    const plain = parseYaml("g.md", yaml, offset, md.document.lines);
    const stock = parseWithYaml("g.md", yaml, offset, md.document.lines);
    expect(rangesOf(plain.spans)).toEqual(rangesOf(stock.spans));
    expect({ ...plain.spans }).toEqual({ ...stock.spans });
    expect(plain.value).toEqual(stock.value);
  });

  it("gives yaml's value and ranges for random documents near the subset", () => {
    let taken = 0;
    let all = 0;
    fc.assert(
      fc.property(document, (text) => {
        all++;
        if (expectSame(text)) taken++;
      }),
      propertyRuns(3000),
    );
    // The generator must reach the subset often, or the property proves little.
    expect(taken).toBeGreaterThan(all * 0.1);
  });

  it("gives yaml's value and ranges for random text", () => {
    const unit = fc.constantFrom(
      ...["a", "1", " ", "\n", ":", "-", "#", "[", "]", "{", "}", ",", "'", '"', "\\", "n"],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expectSame(text);
      }),
      propertyRuns(3000),
    );
    for (const input of HOSTILE.filter((h) => !h.kind))
      for (const [path, text] of Object.entries(input.files()))
        for (const yaml of yamlOf(path, text)) expectSame(yaml);
  });

  it("takes every front matter of a generated workspace, and most of the example's", async () => {
    const files = generateWorkspace({ ...DEFAULT_SHAPE, goals: 60, stories: 12 });
    let taken = 0;
    let all = 0;
    for (const [path, text] of files)
      for (const yaml of yamlOf(path, text)) {
        all++;
        if (expectSame(yaml)) taken++;
      }
    expect(taken).toBe(all);
    const example = await takenInFolder(EXAMPLE);
    expect(example.taken).toBeGreaterThan(example.all * 0.8);
  });

  // Neither corpus holds YAML today (their metadata is in Markdown tables and TOML): the test
  // checks whatever front matter a later snapshot brings.
  for (const corpus of ["wg-async", "rust-project-goals"] as const)
    it(
      `gives yaml's reading for the ${corpus} corpus`,
      needsShared(`corpus/${corpus}`),
      async () => {
        const count = await takenInFolder(sharedPath(`corpus/${corpus}`));
        expect(count.taken).toBeLessThanOrEqual(count.all);
      },
    );
});
