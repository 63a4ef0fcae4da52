import { relative, resolve } from "node:path";
import { findWorkspaceRoot } from "../../load/find-workspace-root.js";
import {
  type PipelineOptions,
  type PipelineResult,
  runPipeline,
} from "../../pipeline/run-pipeline.js";
import { unreadableWorkspace } from "../messages.js";

/**
 * The workspace a command's folder argument means: the folder, or its nearest parent that holds
 * waymark.yaml or book.toml, as git finds its repository from a subfolder. `--config` and
 * `--layout` say what the folder is, so it is taken as given; so is a folder with no root above it.
 */
export function workspaceFolder(
  dir: string,
  options: { config?: string; layout?: string },
): string {
  if (options.config !== undefined || options.layout !== undefined) return dir;
  const root = findWorkspaceRoot(dir);
  if (root === undefined || root === resolve(dir)) return dir;
  return relative(process.cwd(), root) || ".";
}

/**
 * The pipeline up to track, for commands that report only what stops the model being read
 * (`check` reports the rest), from the workspace root `dir` belongs to. A folder that is no workspace is explained on stderr with exit 1,
 * and the command gets nothing to work on.
 */
export async function openForCommand(
  dir: string,
  options: Omit<PipelineOptions, "check">,
): Promise<PipelineResult | undefined> {
  const result = await runPipeline(workspaceFolder(dir, options), { ...options, check: false });
  // A folder with neither waymark.yaml nor another layout's files is no workspace either.
  const unreadable = result.diagnostics.find(
    (d) => d.ruleId === "missing-workspace" || d.ruleId === "missing-config",
  );
  if (!unreadable) return result;
  process.stderr.write(unreadableWorkspace(dir, unreadable.message, unreadable.hint));
  process.exitCode = 1;
  return undefined;
}
