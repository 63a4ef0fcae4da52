import fc from "fast-check";
import { stringify } from "yaml";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { decodeSource, type SourceFile } from "../../src/load/read-source-file.js";
import type { WorkspaceFiles } from "../../src/load/read-workspace.js";

// Random native workspaces for the properties (test/property.test.ts, test/lazy-positions.test.ts).

/** Every kind of file the native layout reads, and a page that is only a link target. */
export const PATHS = [
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
export const TARGETS = ["img/logo.png"];

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
export const markdownFile = fc
  .tuple(frontMatter, body, fc.boolean())
  .map(([yaml, text, fenced]) => (fenced ? `---\n${yaml}\n---\n${text}` : `${yaml}${text}`));
export const configFile = fc.oneof(
  joined(yamlPiece),
  fc.jsonValue({ maxDepth: 2 }).map((v) => stringify(v)),
  fc.string({ unit: "binary" }),
);

/** An in-memory workspace: the files given, decoded as the loader would decode their bytes. */
export function workspaceOf(contents: Record<string, string | Uint8Array>): WorkspaceFiles {
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

/** Any subset of the workspace's files, each drawn from `file`. */
export const workspaceFiles = <T>(file: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
  fc
    .subarray(PATHS)
    .chain((paths) => fc.tuple(...paths.map(() => file)).map((values) => pairUp(paths, values)));

function pairUp<T>(paths: string[], values: T[]): Record<string, T> {
  return Object.fromEntries(paths.map((p, i) => [p, values[i]!]));
}
