import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { runCheck } from "../../check/run-check.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { LayoutName } from "../../model/types.js";
import { openWorkspace } from "../../open-workspace.js";
import { siteRoutes } from "../../render/site/routes.js";
import { Shell } from "../../render/site/shell.js";
import { outputFile } from "../../render/site/site-paths.js";
import { lastChanged } from "./last-changed.js";
import { type PageLinks, readPageLinks } from "./page-links.js";
import { createSiteApp, type SiteSource } from "./site-app.js";
import { type CachedRoute, digest, renderCodeVersion, SiteCache } from "./site-cache.js";
import { type BrokenLink, verifyLinks } from "./verify-links.js";
import { listOutput, type OutputFile, writeSite } from "./write-site.js";

export interface BuildSiteOptions {
  /** The workspace folder. */
  dir: string;
  /** The output folder. */
  out: string;
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
  /** A cache kept by a long-running caller; otherwise the one in the output folder is used. */
  cache?: SiteCache;
}

export interface BuildStats {
  /** Routes in the site: pages and files. */
  routes: number;
  /** Routes rendered this time; the rest were unchanged since the cached build. */
  rendered: number;
  /** Files written because their bytes changed. */
  written: number;
  /** Files of a previous build that the site no longer has, removed. */
  removed: number;
}

export interface BuildSiteResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  broken: BrokenLink[];
  stats: BuildStats;
  cache: SiteCache;
}

/**
 * `waymark build`: load, check (any error stops here), render every route whose key changed by
 * requesting it from the site app, read back the links of every page and verify them all, and
 * only then write. A broken link fails the build and leaves the output as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const out = resolve(options.out);
  const cache =
    options.cache && options.cache.out === out ? options.cache : await SiteCache.load(out);
  const stats: BuildStats = { routes: 0, rendered: 0, written: 0, removed: 0 };
  const { workspace: ws, diagnostics: loaded } = await openWorkspace(options.dir, {
    layout: options.layout,
    config: options.config,
  });
  const diagnostics = runCheck(ws, loaded, { strict: options.strict });
  if (diagnostics.some((d) => d.severity === "error"))
    return { ok: false, diagnostics, broken: [], stats, cache };

  const dated = [...ws.items.map((i) => i.file), ...(ws.vision?.stories ?? []).map((s) => s.file)];
  const site = siteRoutes(ws, {
    baseUrl: options.baseUrl,
    date: options.date,
    lastChanged: await lastChanged(ws.root, [...new Set(dated)], {
      sourceDateEpoch: options.sourceDateEpoch,
    }),
  });
  const shell = new Shell(site.shell);
  const source: SiteSource = {
    routes: new Map(site.routes.map((r) => [r.path, r])),
    files: new Map(site.files.map((f) => [f.path, f.file])),
    shell,
    readFile: (file) => readFile(join(ws.root, file)),
  };
  const app = createSiteApp(() => source);
  const version = digest(await renderCodeVersion(), JSON.stringify(site.shell));
  const previous = cache.manifest.routes;
  const present = await listOutput(out);
  const next: Record<string, CachedRoute> = {};
  const pages = new Map<string, PageLinks>();
  const changed: OutputFile[] = [];

  const request = async (path: string) => {
    const response = await app.request(shell.href(path));
    return new Uint8Array(await response.arrayBuffer());
  };
  for (const route of site.routes) {
    const key = digest(version, JSON.stringify(route.key));
    const before = previous[route.path];
    const file = outputFile(route.path);
    let entry: CachedRoute;
    if (before && before.key === key && present.has(file)) entry = before;
    else {
      const bytes = await request(route.path);
      stats.rendered++;
      entry = {
        key,
        out: digest(bytes),
        page: file.endsWith(".html")
          ? readPageLinks(Buffer.from(bytes).toString("utf8"))
          : undefined,
      };
      if (entry.out !== before?.out || !present.has(file)) changed.push({ file, bytes });
    }
    next[route.path] = entry;
    if (entry.page) pages.set(route.path, entry.page);
  }
  for (const copied of site.files) {
    const bytes = await source.readFile(copied.file);
    const key = digest(bytes);
    const file = outputFile(copied.path);
    if (previous[copied.path]?.key !== key || !present.has(file)) changed.push({ file, bytes });
    next[copied.path] = { key, out: key };
  }
  stats.routes = site.routes.length + site.files.length;

  const broken = verifyLinks(pages, new Set(Object.keys(next)), site.shell.base);
  if (broken.length) return { ok: false, diagnostics, broken, stats, cache };

  const stale = Object.keys(previous)
    .filter((path) => !Object.hasOwn(next, path))
    .map(outputFile);
  const written = await writeSite(out, changed, stale);
  stats.written = written.written;
  stats.removed = written.removed;
  cache.manifest = { format: 1, routes: next };
  await cache.save();
  return { ok: true, diagnostics, broken, stats, cache };
}
