import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ParseCache } from "../../load/parse-markdown.js";
import type { LayoutName } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { type Timings, timed } from "../../pipeline/timed.js";
import { type SiteRoutes, siteRoutes } from "../../render/site/routes.js";
import { Shell } from "../../render/site/shell.js";
import { lastChanged } from "./last-changed.js";
import type { SiteSource } from "./site-app.js";
import { digest } from "./site-cache.js";

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

export type Stage = "load" | "track" | "check" | "routes" | "render" | "verify" | "write";
/** Milliseconds spent in each stage, for `bench/` and for anyone asking why a build is slow. */
export type BuildTimings = Timings<Stage>;

export interface LoadedSite {
  diagnostics: Diagnostic[];
  site: SiteRoutes;
  /** The site as the app serves it. */
  source: SiteSource;
}

export { timed };

/**
 * The pipeline (load → model → track → check), parsing through `parsed` so that files whose text
 * is unchanged are not parsed again, then the route table (nothing rendered).
 */
export async function loadSite(
  input: SiteInput,
  parsed: ParseCache,
  timings: BuildTimings,
): Promise<LoadedSite> {
  const {
    files,
    workspace: ws,
    diagnostics,
  } = await runPipeline(input.dir, {
    config: input.config,
    layout: input.layout,
    strict: input.strict,
    parsed,
    timings,
  });
  const sourceDigest = digest(
    JSON.stringify([input.layout, input.config, [...files.paths]]),
    ...[...files.files].flatMap(([path, file]) => [path, file.text]),
  );
  const site = await timed(timings, "routes", async () => {
    const dated = [...ws.items, ...(ws.vision?.stories ?? [])].map((x) => x.file);
    const dates = await lastChanged(ws.root, [...new Set(dated)], {
      sourceDateEpoch: input.sourceDateEpoch,
    });
    return siteRoutes(ws, {
      baseUrl: input.baseUrl,
      date: input.date,
      lastChanged: dates,
      sourceDigest,
    });
  });
  const source: SiteSource = {
    routes: new Map(site.routes.map((r) => [r.path, r])),
    files: new Map(site.files.map((f) => [f.path, f.file])),
    shell: new Shell(site.shell, ws.documents),
    readFile: (file) => readFile(join(ws.root, file)),
  };
  return { diagnostics, site, source };
}
