import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCheck } from "../src/check/run-check.js";
import type { Diagnostic, Point, Span } from "../src/diagnostics/diagnostic.js";
import { LineIndex } from "../src/diagnostics/line-index.js";
import { withParseCache } from "../src/load/parse-markdown.js";
import { fromPack } from "../src/load/parse-pack.js";
import { decodeSource, type SourceFile } from "../src/load/read-source-file.js";
import type { WorkspaceFiles } from "../src/load/read-workspace.js";
import { buildWorkspace } from "../src/model/build-workspace.js";
import { propertyRuns } from "./helpers/property-runs.js";

/** Every kind of file the native layout reads, and a page that is only a link target. */
const PATHS = [
  "waymark.yaml",
  "goals/a.md",
  "goals/a/b.md",
  "periods/2024h2.md",
  "vision/README.md",
  "vision/characters/grace.md",
  "vision/stories/status-quo/slow.md",
  "vision/stories/shiny-future/fast.md",
  "notes.md",
];
const TARGETS = ["img/logo.png"];

/** Pieces of YAML, valid and broken, that the schemas and rules care about. */
const yamlPiece = fc.constantFrom(
  "title: A",
  "id: a",
  "state: done",
  "state: bogus",
  "owners: [alice, zed]",
  "owners:",
  "teams: { lang: Design meeting, libs: }",
  "progress: 7/6",
  "progress: 0/0",
  "progress: 2/6",
  "period: 2024h2",
  "theme: async",
  "kind: shiny-future",
  "retells: [slow, nope]",
  "characters: grace",
  "goals: [a, b]",
  "sources: []",
  "name: Grace\nvalue: Speed",
  "themes:\n  - { id: async, title: Async }",
  "group:\n  name: G\n  leads: [bob]",
  "people:\n  alice:",
  "periods:\n  - { id: 2024h2, start: 2024-12-31, end: 2024-07-01 }",
  "triage:\n  repositories: [o/r]\n  area-label: A\n  labels: { focus: F, on-deck: D, other: O }\n  focus-limit: 5-3",
  "- x",
  "  - y",
  "&a [1, *a]",
  "*a",
  "? x",
  ": y",
  "!!binary x",
  '"',
  "'",
  "[",
  "{",
  "]",
  "}",
  "#",
  "|\n  text",
  ">-",
  "\t",
  "---",
  "...",
  "%YAML 1.2",
  "\uFEFF",
);

/** Pieces of Markdown that links, references, headings and tables are made of. */
const markdownPiece = fc.constantFrom(
  "[a](./notes.md#x)",
  "[b](../x.md)",
  "![i](img/logo.png)",
  "[c][d]",
  "[e][]",
  "[f]",
  "[d]: ./goals/a.md",
  "[F]: https://example.org",
  "[^1]",
  "\\[",
  "`[g]`",
  "# Heading",
  "## Milestones",
  "| Milestone | State |\n| --- | --- |\n| RFC | ✅ |\n| Ship | 🦀 |",
  "- [ ] task",
  '<a id="x"></a>',
  "```\n[h]\n",
  "> ",
  "[",
  "]",
  "(",
  ")",
  "#",
  "*",
  "|",
  "\r",
);

const separator = fc.constantFrom("\n", " ", "", "\r\n", "\n\n");
const joined = (piece: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(fc.oneof(piece, fc.string({ maxLength: 6 })), separator), { maxLength: 25 })
    .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** Front matter and body, each either built from pieces or entirely random. */
const frontMatter = fc.oneof(
  joined(yamlPiece),
  fc
    .dictionary(
      fc.oneof(
        fc.constantFrom("title", "state", "owners", "teams", "progress", "kind"),
        fc.string(),
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((o) => stringify(o)),
  fc.string({ unit: "binary" }),
);
const body = fc.oneof(joined(markdownPiece), fc.string({ unit: "binary" }));
const markdownFile = fc
  .tuple(frontMatter, body, fc.boolean())
  .map(([yaml, text, fenced]) => (fenced ? `---\n${yaml}\n---\n${text}` : `${yaml}${text}`));
const configFile = fc.oneof(
  joined(yamlPiece),
  fc.jsonValue({ maxDepth: 2 }).map((v) => stringify(v)),
  fc.string({ unit: "binary" }),
);

/** An in-memory workspace: the files given, decoded as the loader would decode their bytes. */
function workspaceOf(contents: Record<string, string | Uint8Array>): WorkspaceFiles {
  const files = new Map<string, SourceFile>();
  const diagnostics: Diagnostic[] = [];
  for (const [path, content] of Object.entries(contents)) {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    const result = decodeSource(path, bytes);
    if (result.ok) files.set(path, result.file);
    else diagnostics.push(result.diagnostic);
  }
  const paths = new Set([...Object.keys(contents), ...TARGETS]);
  return { root: "/virtual", files, paths, diagnostics };
}

/** Loads, builds and checks; every diagnostic must point at a real place in a real file. */
function expectValidDiagnostics(contents: Record<string, string | Uint8Array>): void {
  const input = workspaceOf(contents);
  const { workspace, diagnostics } = buildWorkspace(input);
  const all = runCheck(workspace, diagnostics);
  for (const d of all) {
    expect(d.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(["error", "warning", "info"]).toContain(d.severity);
    expect(d.message.trim()).not.toBe("");
    expectValidSpan(d.span, input);
    for (const related of d.related ?? []) expectValidSpan(related.span, input);
  }
}

function expectValidSpan(span: Span, input: WorkspaceFiles): void {
  expect(input.paths.has(span.file) || span.file === "waymark.yaml").toBe(true);
  expect(span.end.offset).toBeGreaterThanOrEqual(span.start.offset);
  const text = input.files.get(span.file)?.text;
  for (const point of [span.start, span.end]) {
    expect(point.line).toBeGreaterThanOrEqual(1);
    expect(point.column).toBeGreaterThanOrEqual(1);
    // Line and column agree with the offset, as an editor would count them.
    if (text !== undefined) expect(pointAt(text, point.offset)).toEqual(point);
    else expect(point).toEqual({ line: 1, column: 1, offset: 0 });
  }
}

const indexes = new Map<string, LineIndex>();
function pointAt(text: string, offset: number): Point {
  expect(offset).toBeLessThanOrEqual(text.length);
  let index = indexes.get(text);
  if (!index) {
    index = new LineIndex(text);
    indexes.set(text, index);
  }
  return index.point(offset);
}

/** Any subset of the workspace's files, each drawn from `file`. */
const workspaceFiles = <T>(file: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
  fc
    .subarray(PATHS)
    .chain((paths) => fc.tuple(...paths.map(() => file)).map((values) => pairUp(paths, values)));

function pairUp<T>(paths: string[], values: T[]): Record<string, T> {
  return Object.fromEntries(paths.map((p, i) => [p, values[i]!]));
}

describe("load → model → check never throws, and every position is valid", () => {
  it("on random text and random front matter", () => {
    fc.assert(
      fc.property(fc.tuple(configFile, workspaceFiles(markdownFile)), ([config, files]) => {
        indexes.clear();
        expectValidDiagnostics({ ...files, "waymark.yaml": config });
      }),
      propertyRuns(150),
    );
  });

  // Counterexamples `npm run fuzz` found, kept as fixed cases.
  it("on a waymark.yaml that contains itself (seed -64359235)", () => {
    indexes.clear();
    expectValidDiagnostics({ "waymark.yaml": "&a [1, *a]\n" });
  });

  it("on random bytes", () => {
    fc.assert(
      fc.property(workspaceFiles(fc.uint8Array({ maxLength: 300 })), (files) => {
        indexes.clear();
        expectValidDiagnostics(files);
      }),
      propertyRuns(200),
    );
  });

  it("on files that are only front matter, with any key and value", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS.filter((p) => p.endsWith(".md"))),
        fc.object({ maxDepth: 3 }),
        (path, data) => {
          indexes.clear();
          let yaml: string;
          try {
            yaml = stringify(data);
          } catch {
            return; // values YAML cannot represent (e.g. symbols) are not our input
          }
          expectValidDiagnostics({
            "waymark.yaml": "group: { name: G }\n",
            [path]: `---\n${yaml}---\n`,
          });
        },
      ),
      propertyRuns(300),
    );
  });
});

describe("the parse pack gives what parsing gives", () => {
  it("on random workspaces: the same model and diagnostics, fresh and read back", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(configFile, workspaceFiles(markdownFile)),
        async ([config, files]) => {
          const input = workspaceOf({ ...files, "waymark.yaml": config });
          const plain = buildWorkspace(input);
          const checked = runCheck(plain.workspace, plain.diagnostics);
          const first = await fromPack(undefined);
          const made = withParseCache(first, () => buildWorkspace(input));
          expect(made).toStrictEqual(plain);
          const second = await fromPack(await first.toBuffer());
          const read = withParseCache(second, () => buildWorkspace(input));
          expect(read).toStrictEqual(plain);
          expect(runCheck(read.workspace, read.diagnostics)).toStrictEqual(checked);
          expect(second.misses).toBe(0);
        },
      ),
      propertyRuns(60),
    );
  });
});
