import {
  type PipelineOptions,
  type PipelineResult,
  runPipeline,
} from "../../pipeline/run-pipeline.js";
import { unreadableWorkspace } from "../messages.js";

/**
 * The pipeline up to track, for commands that report only what stops the model being read
 * (`check` reports the rest). A folder that is no workspace is explained on stderr with exit 1,
 * and the command gets nothing to work on.
 */
export async function openForCommand(
  dir: string,
  options: Omit<PipelineOptions, "check">,
): Promise<PipelineResult | undefined> {
  const result = await runPipeline(dir, { ...options, check: false });
  const unreadable = result.diagnostics.find((d) => d.ruleId === "missing-workspace");
  if (!unreadable) return result;
  process.stderr.write(unreadableWorkspace(dir, unreadable.message, unreadable.hint));
  process.exitCode = 1;
  return undefined;
}
