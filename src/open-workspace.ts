import { withParseCache } from "./load/parse-markdown.js";
import { loadParsePack } from "./load/parse-pack.js";
import { type ReadOptions, readWorkspace } from "./load/read-workspace.js";
import { type BuildOptions, type BuildResult, buildWorkspace } from "./model/build-workspace.js";

export interface OpenOptions extends BuildOptions, ReadOptions {
  /**
   * Reuse and update the parse pack in `<dir>/.waymark-cache/` (check and status do, unless
   * `--no-cache` or WAYMARK_CACHE=0). Off by default: other callers parse every file.
   */
  cache?: boolean;
}

/** load → model: reads a folder and builds its typed model, with every problem as a diagnostic. */
export async function openWorkspace(dir: string, options: OpenOptions = {}): Promise<BuildResult> {
  const files = await readWorkspace(dir, options);
  const missing = files.diagnostics.some((d) => d.ruleId === "missing-workspace");
  if (!options.cache || process.env.WAYMARK_CACHE === "0" || missing) {
    return buildWorkspace(files, options);
  }
  const cache = await loadParsePack(files.root);
  const result = withParseCache(cache, () => buildWorkspace(files, options));
  await cache.save(files.root);
  return result;
}
