import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../src/check/run-check.js";
import { wgAsyncExtra } from "../src/model/layouts/wg-async/claims.js";
import type { Workspace } from "../src/model/types.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { compareModels } from "../src/publish/native/compare-models.js";
import {
  type PlannedFile,
  planImportMoves,
  planNativeWorkspace,
} from "../src/publish/native/plan-native.js";
import { verifyPlan } from "../src/publish/native/verify-plan.js";
import { writeTree } from "../src/publish/native/write-tree.js";
import { renderStatus } from "../src/render/status/render-status.js";
import { runWaymark } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

// The corpus is read in place; the import goes to a fresh temporary folder.
const CORPUS = sharedPath("corpus/wg-async");
const NEEDS_CORPUS = needsShared("corpus/wg-async");
const OVERVIEW = "src/vision/roadmap.md";

let source: Workspace;
let imported: Workspace;
let files: PlannedFile[];

beforeAll(async () => {
  ({ workspace: source } = await runPipeline(CORPUS, { check: false }));
  files = planNativeWorkspace(source);
  const dest = join(await mkdtemp(join(tmpdir(), "waymark-wg-async-")), "native");
  await writeTree(dest, files);
  ({ workspace: imported } = await runPipeline(dest, { check: false }));
});

/** How many broken links `waymark check` reports in each file. */
function brokenLinks(ws: Workspace, fileOf = (file: string) => file): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of runCheck(ws, []))
    if (d.ruleId === "broken-link") {
      const file = fileOf(d.span.file);
      counts.set(file, (counts.get(file) ?? 0) + 1);
    }
  return counts;
}

describe("importing the wg-async corpus into a native workspace", NEEDS_CORPUS, () => {
  it("plans files that read back as the same model", () => {
    expect(verifyPlan(source, files)).toEqual([]);
  });

  it("loads back from disk into the same model", () => {
    expect(imported.layout).toBe("waymark");
    expect(compareModels(source, imported, planImportMoves(source).files)).toEqual([]);
  });

  it("checks with no errors: links follow the pages that moved, and waymark.yaml keeps the source's warnings", () => {
    const found = runCheck(imported, []);
    expect(found.filter((d) => d.severity === "error")).toEqual([]);
    expect(imported.config.rules?.get("broken-link")?.level).toBe("warning");
  });

  it("breaks no link that worked: each page has as many broken links as its source had", () => {
    const moves = planImportMoves(source).files;
    const before = brokenLinks(source, (file) => moves.get(file) ?? file);
    // roadmap.md's prose is a page of its own, with its two broken links as the book has them.
    expect(before.get(moves.get(OVERVIEW)!)).toBe(2);
    const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b);
    expect(total(before)).toBe(61);
    expect(brokenLinks(imported)).toEqual(before);
  });

  it("keeps roadmap.md's prose (introduction, state legend) as a page, without the overview table", () => {
    const page = files.find((f) => f.path === planImportMoves(source).files.get(OVERVIEW));
    const text = page && "text" in page ? page.text : "";
    expect(text).toContain("We categorize the goals and initiatives into four states");
    expect(text).toContain("| ✋ | Help wanted: Seeking an [owner] to pursue this!");
    expect(text).toContain("## Impact and milesetones");
    expect(text).not.toContain("↳ [Type Alias Impl Trait]");
    expect(text).toContain("see the site's Roadmap page, or run `waymark status`");
  });

  it("keeps the overview's claims and the unlisted pages, so status prints the same 36 rows", () => {
    expect(imported.items.filter((i) => wgAsyncExtra(i).overview)).toHaveLength(36);
    const rows = (ws: Workspace) => {
      const result = renderStatus(ws);
      return result.ok ? result.rows : [];
    };
    expect(rows(imported)).toHaveLength(36);
    expect(rows(imported)).toEqual(rows(source));
  });
});

describe("waymark import, then waymark check (CLI)", { timeout: 120_000, ...NEEDS_CORPUS }, () => {
  it("checks the imported wg-async corpus with warnings and no error", async () => {
    const dest = join(await mkdtemp(join(tmpdir(), "waymark-wg-async-cli-")), "native");
    expect((await runWaymark("import", CORPUS, dest)).code).toBe(0);
    const check = await runWaymark("check", dest);
    expect(check.stderr).toMatch(/ 0 errors, \d+ warnings/);
    expect(check.code).toBe(0);
  });
});
