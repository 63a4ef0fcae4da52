import type { WorkspaceFiles } from "../../load/read-workspace.js";
import { buildWorkspace } from "../../model/build-workspace.js";
import type { Workspace } from "../../model/types.js";
import { compareModels, type ModelDifference } from "./compare-models.js";
import { type PlannedFile, planImportMoves } from "./plan-native.js";

/**
 * Reads the planned files back as the native layout would, without touching the disk, and
 * lists where that model differs from the source, links compared by where their targets went:
 * empty when the import is lossless.
 */
export function verifyPlan(source: Workspace, files: PlannedFile[]): ModelDifference[] {
  const texts = files.flatMap((f) => ("text" in f ? [f] : []));
  const input: WorkspaceFiles = {
    root: source.root,
    files: new Map(texts.map((f) => [f.path, { path: f.path, text: f.text, bom: false }])),
    paths: new Set(files.map((f) => f.path)),
    diagnostics: [],
  };
  const { workspace } = buildWorkspace(input, { layout: "waymark" });
  return compareModels(source, workspace, planImportMoves(source).files);
}
