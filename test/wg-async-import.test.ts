import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { wgAsyncExtra } from "../src/model/layouts/wg-async/claims.js";
import type { Workspace } from "../src/model/types.js";
import { openWorkspace } from "../src/open-workspace.js";
import { compareModels } from "../src/publish/native/compare-models.js";
import { type PlannedFile, planNativeWorkspace } from "../src/publish/native/plan-native.js";
import { verifyPlan } from "../src/publish/native/verify-plan.js";
import { writeTree } from "../src/publish/native/write-tree.js";
import { renderStatus } from "../src/render/status/render-status.js";

// The corpus is read in place; the import goes to a fresh temporary folder.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "..", "shared", "corpus", "wg-async");

let source: Workspace;
let imported: Workspace;
let files: PlannedFile[];

beforeAll(async () => {
  ({ workspace: source } = await openWorkspace(CORPUS));
  files = planNativeWorkspace(source);
  const dest = join(await mkdtemp(join(tmpdir(), "waymark-wg-async-")), "native");
  await writeTree(dest, files);
  ({ workspace: imported } = await openWorkspace(dest));
});

describe("importing the wg-async corpus into a native workspace", () => {
  it("plans files that read back as the same model", () => {
    expect(verifyPlan(source, files)).toEqual([]);
  });

  it("loads back from disk into the same model", () => {
    expect(imported.layout).toBe("waymark");
    expect(compareModels(source, imported)).toEqual([]);
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
