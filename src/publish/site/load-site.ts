import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ParseCache } from "../../load/parse-markdown.js";
import type { WorkspaceFiles } from "../../load/read-workspace.js";
import type { ModelMemo } from "../../model/build-workspace.js";
import type { LayoutName, MarkdownDocument } from "../../model/types.js";
import { checkLoaded, runPipeline } from "../../pipeline/run-pipeline.js";
import { type Timings, timed } from "../../pipeline/timed.js";
import { once } from "../../render/site/route.js";
import { type SiteRoutes, siteRouteMap } from "../../render/site/routes.js";
import { Shell } from "../../render/site/shell.js";
import type { TrackMemo } from "../../track/read-track-facts.js";
import { digest } from "./digest.js";
import { gitDates, lastChanged } from "./last-changed.js";
import type { SiteSource } from "./site-app.js";

/** What a site is made from: the same for `waymark build` and `waymark serve`. */
export interface SiteInput {
  /** The workspace folder. */
  dir: string;
  /** "/" (default), "/sub/path/" or a full URL. */
  baseUrl?: string;
  /** The build date, YYYY-MM-DD; the caller decides (flag, SOURCE_DATE_EPOCH or today). */
  date: string;
  /** Seconds since the epoch; stands in for file times in the feed when the workspace has no git. */
  sourceDateEpoch?: number;
  strict?: boolean;
  layout?: LayoutName;
  /** A waymark.yaml kept outside the folder (`--config`). */
  config?: string;
}

/** `update` is serve's re-read of the changed files; `load` includes building the model. */
export type Stage =
  | "update"
  | "load"
  | "track"
  | "check"
  | "routes"
  | "render"
  | "verify"
  | "write";
/** Milliseconds spent in each stage, for `bench/` and for anyone asking why a build is slow. */
export type BuildTimings = Timings<Stage>;

export interface LoadedSite {
  /** Every problem found; without the check's when it was left for later (`checkLater`). */
  diagnostics: Diagnostic[];
  /** Runs the check stage when it was left for later, giving every problem, sorted. */
  check(): Promise<Diagnostic[]>;
  site: SiteRoutes;
  /** The site as the app serves it. */
  source: SiteSource;
  /** The workspace's Markdown documents, with their parse trees. */
  documents: readonly MarkdownDocument[];
}

export { timed };

/**
 * What a long-running caller (serve) keeps from one load to the next, so that a reload reads
 * nothing but the files that changed.
 */
export interface SiteMemo {
  /** The workspace as last read; the caller updates it from the watcher's paths (`updateWorkspace`). */
  files?: WorkspaceFiles;
  /** The commit dates of the first load's one `git log` (a commit made while serving shows after a restart). */
  git?: Map<string, string>;
  /** Each dated file's last-change date; the caller deletes the entries of files that changed. */
  dates?: Map<string, string>;
  /**
   * Leave the check stage to the caller (`LoadedSite.check`): serve swaps the new site in first,
   * since no page shows the check's findings.
   */
  checkLater?: boolean;
  /** The sync cache's facts and history as last read, kept while the cache's stamp is unchanged. */
  track?: TrackMemo;
  /** The last model, patched for an edit of goal files alone instead of built again. */
  model?: ModelMemo;
}

/**
 * The pipeline (load → model → track → check), parsing through `parsed` so that files whose text
 * is unchanged are not parsed again, then the route table (nothing rendered).
 */
export async function loadSite(
  input: SiteInput,
  parsed: ParseCache,
  timings: BuildTimings,
  memo?: SiteMemo,
  /** Runs once the model is built, before the check: the build saves the parse pack there. */
  beforeCheck?: () => Promise<void>,
): Promise<LoadedSite> {
  if (memo) {
    memo.track ??= {};
    memo.model ??= {};
  }
  const loaded = await runPipeline(input.dir, {
    config: input.config,
    layout: input.layout,
    strict: input.strict,
    parsed,
    timings,
    files: memo?.files,
    check: false,
    // The charts draw the sync history.
    history: true,
    trackMemo: memo?.track,
    modelMemo: memo?.model,
  });
  await beforeCheck?.();
  const { files, workspace: ws, facts } = loaded;
  const diagnostics = memo?.checkLater
    ? loaded.diagnostics
    : await timed(timings, "check", () => checkLoaded(loaded, input));
  const check = async () =>
    memo?.checkLater ? timed(timings, "check", () => checkLoaded(loaded, input)) : diagnostics;
  if (memo) memo.files = files;
  // The track stage's facts (progress, updates) come from the sync cache, not from the files:
  // they are part of the key, so a sync with no file changed still refreshes waymark.json.
  // Only the build reads keys: serve never pays for the digest.
  const sourceDigest = once(() => {
    const tracked = ws.items.map((i) => [i.progress ?? null, i.updates ?? null]);
    return digest(
      JSON.stringify([input.layout, input.config, [...files.paths], tracked]),
      ...[...files.files].flatMap(([path, file]) => [path, file.text]),
    );
  });
  const map = await timed(timings, "routes", async () => {
    const dated = [...ws.items, ...(ws.vision?.stories ?? [])].map((x) => x.file);
    const dates = await datesOf(ws.root, [...new Set(dated)], input, memo);
    return siteRouteMap(ws, {
      baseUrl: input.baseUrl,
      date: input.date,
      lastChanged: dates,
      get sourceDigest() {
        return sourceDigest();
      },
      facts,
    });
  });
  const routes = once(() => [...map.routes.values()]);
  const site: SiteRoutes = {
    shell: map.shell,
    files: map.files,
    // The build renders every route; serve looks up the one it is asked for (map.routes).
    get routes() {
      return routes();
    },
  };
  const source: SiteSource = {
    routes: map.routes,
    files: new Map(map.files.map((f) => [f.path, f.file])),
    shell: new Shell(map.shell, ws.documents, ws.paths),
    readFile: (file) => readFile(join(ws.root, file)),
  };
  return { diagnostics, check, site, source, documents: ws.documents };
}

/** `lastChanged` of `files`, sorted by path, looking up only what `memo` does not know yet. */
async function datesOf(
  root: string,
  files: string[],
  input: SiteInput,
  memo: SiteMemo | undefined,
): Promise<Record<string, string>> {
  const options = { sourceDateEpoch: input.sourceDateEpoch };
  if (!memo) return lastChanged(root, files, options);
  memo.git ??= await gitDates(root);
  memo.dates ??= new Map();
  const known = memo.dates;
  const missing = files.filter((file) => !known.has(file));
  const found = missing.length
    ? await lastChanged(root, missing, { ...options, git: memo.git })
    : {};
  for (const [file, date] of Object.entries(found)) known.set(file, date);
  const out: Record<string, string> = {};
  for (const file of [...files].sort()) {
    const date = known.get(file);
    if (date !== undefined) out[file] = date;
  }
  return out;
}
