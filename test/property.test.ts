import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCheck } from "../src/check/run-check.js";
import type { Point, Span } from "../src/diagnostics/diagnostic.js";
import { LineIndex } from "../src/diagnostics/line-index.js";
import { withParseCache } from "../src/load/parse-markdown.js";
import { fromPack } from "../src/load/parse-pack.js";
import type { WorkspaceFiles } from "../src/load/read-workspace.js";
import { buildWorkspace } from "../src/model/build-workspace.js";
import { propertyRuns } from "./helpers/property-runs.js";
import {
  configFile,
  markdownFile,
  PATHS,
  workspaceFiles,
  workspaceOf,
} from "./helpers/workspace-arbitraries.js";

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
