import { type ReadOptions, readWorkspace } from "./load/read-workspace.js";
import { type BuildOptions, type BuildResult, buildWorkspace } from "./model/build-workspace.js";

/** load → model: reads a folder and builds its typed model, with every problem as a diagnostic. */
export async function openWorkspace(
  dir: string,
  options: BuildOptions & ReadOptions = {},
): Promise<BuildResult> {
  return buildWorkspace(await readWorkspace(dir, options), options);
}
