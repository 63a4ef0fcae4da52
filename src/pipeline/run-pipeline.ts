import type { ReviewScope } from "../check/readiness-scope.js";
import { runCheck } from "../check/run-check.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseAhead } from "../load/parse-ahead.js";
import { type ParseCache, withParseCache } from "../load/parse-markdown.js";
import { openParseCache, saveParseCache } from "../load/parse-pack.js";
import { type ReadOptions, readWorkspace, type WorkspaceFiles } from "../load/read-workspace.js";
import {
  type BuildOptions,
  type BuildResult,
  buildWorkspace,
  type ModelMemo,
} from "../model/build-workspace.js";
import type { Workspace } from "../model/types.js";
import type { TrackMemo } from "../track/read-track-facts.js";
import { trackWorkspace } from "../track/track-workspace.js";
import type { Facts } from "../track/types.js";
import { type Timings, timed } from "./timed.js";

export type PipelineStage = "load" | "track" | "check";

export interface PipelineOptions extends ReadOptions, BuildOptions {
  /**
   * Reuse and update the parse pack in `<dir>/.waymark/` (check and status do, unless
   * `--no-cache` or WAYMARK_CACHE=0). Off by default: other callers parse every file, or bring
   * their own cache in `parsed` (build and serve bring the pack, opened once).
   */
  cache?: boolean;
  /** An in-memory parse cache a long-running caller keeps between runs (build, serve). */
  parsed?: ParseCache;
  /**
   * The workspace as already read (serve keeps it, updated from the watcher's paths with
   * `updateWorkspace`): nothing is read from disk. Otherwise `readWorkspace(dir)`.
   */
  files?: WorkspaceFiles;
  /** Read the sync history too (`facts.history`): the site's charts and `status --forecast`. */
  history?: boolean;
  /** Keeps the cache's facts between runs (serve): read again only when the cache changed. */
  trackMemo?: TrackMemo;
  /**
   * Keeps the last model between runs (serve), so that an edit the layout can patch (a goal
   * file's text, its id and order kept) rebuilds that file alone (`Layout.patch`).
   */
  modelMemo?: ModelMemo;
  /** Run the check rules (the default); `false` stops after track, with load and model diagnostics. */
  check?: boolean;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** The day of the check and the slates asked for, for the readiness rules (`check --period`). */
  review?: ReviewScope;
  /** Filled with the milliseconds of each stage; `load` includes building the model. */
  timings?: Timings<PipelineStage>;
}

export interface PipelineResult {
  /** What load read: every path and decoded text file. */
  files: WorkspaceFiles;
  workspace: Workspace;
  /** Facts from outside the workspace, from the track stage. */
  facts: Facts;
  /** Every problem found, sorted: checked unless `check: false`. */
  diagnostics: Diagnostic[];
}

/**
 * The one front door of every command: load → model → track → check. Reads a folder, builds its
 * typed model, gathers the outside facts it refers to, and runs the check rules over both, with
 * every problem as a diagnostic. Rendering and publishing start from its result.
 */
export async function runPipeline(
  dir: string,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const timings = options.timings ?? {};
  const { files, built } = await timed(timings, "load", async () => {
    const files = options.files ?? (await readWorkspace(dir, options));
    return { files, built: await buildModel(files, options) };
  });
  const { workspace } = built;
  const tracked = await timed(timings, "track", () =>
    trackWorkspace(workspace, { history: options.history, memo: options.trackMemo }),
  );
  const found = [...built.diagnostics, ...tracked.diagnostics];
  const unchecked = { files, workspace, facts: tracked.facts, diagnostics: found };
  if (options.check === false) return unchecked;
  return {
    ...unchecked,
    diagnostics: await timed(timings, "check", () => checkLoaded(unchecked, options)),
  };
}

/**
 * The check stage alone, over what `runPipeline(dir, { check: false })` returned: for a caller
 * that shows the model before checking it (serve swaps the new site in first).
 */
export function checkLoaded(
  loaded: PipelineResult,
  options: Pick<PipelineOptions, "strict" | "review"> = {},
): Diagnostic[] {
  const { workspace, facts, diagnostics } = loaded;
  return runCheck(workspace, diagnostics, {
    strict: options.strict,
    facts,
    review: options.review,
  });
}

/** model, parsing through the caller's cache, or the workspace's parse pack when asked. */
async function buildModel(files: WorkspaceFiles, options: PipelineOptions): Promise<BuildResult> {
  if (options.parsed)
    return parsedAhead(options.parsed, files, () =>
      buildWorkspace(files, options, options.modelMemo),
    );
  const missing = files.diagnostics.some((d) => d.ruleId === "missing-workspace");
  if (!options.cache || missing) return buildWorkspace(files, options);
  const pack = await openParseCache(files.root);
  const result = await parsedAhead(pack, files, () => buildWorkspace(files, options));
  await saveParseCache(pack, files.root);
  return result;
}

/**
 * `build` with every parse `cache` lacks made first, in parallel where there are cores to spare
 * (`parseAhead`); what the load did not take is dropped after.
 */
async function parsedAhead<T>(
  cache: ParseCache,
  files: WorkspaceFiles,
  build: () => T,
): Promise<T> {
  await parseAhead(cache, files.files.values());
  try {
    return withParseCache(cache, build);
  } finally {
    cache.dropOffers();
  }
}
