import type { PipelineOptions, PipelineResult } from "../../pipeline/run-pipeline.js";
import { openForCommand } from "./open-for-command.js";
import { notSynced } from "./updates-messages.js";

/**
 * openForCommand for the commands that read only what `waymark sync` cached (`updates`,
 * `remind`): a workspace never synced is explained on stderr with exit 2.
 */
export async function openSynced(
  command: string,
  dir: string,
  options: Omit<PipelineOptions, "check">,
): Promise<PipelineResult | undefined> {
  const opened = await openForCommand(dir, options);
  if (!opened) return undefined;
  if (opened.facts.asOf) return opened;
  process.stderr.write(notSynced(command, dir));
  process.exitCode = 2;
  return undefined;
}
