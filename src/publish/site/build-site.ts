import { resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { SiteRoutes } from "../../render/site/routes.js";
import { outputFile } from "../../render/site/site-paths.js";
import { type BuildTimings, loadSite, type SiteInput, timed } from "./load-site.js";
import { type PageLinks, readPageLinks } from "./page-links.js";
import { renderRoute, type SiteSource } from "./site-app.js";
import { type CachedRoute, digest, renderCodeVersion, SiteCache } from "./site-cache.js";
import type { BrokenLink } from "./verify-links.js";
import { listOutput, type OutputFile, writeSite } from "./write-site.js";

export type { BuildTimings } from "./load-site.js";

export interface BuildSiteOptions extends SiteInput {
  /** The output folder. */
  out: string;
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
  timings: BuildTimings;
  cache: SiteCache;
}

/**
 * `waymark build`: load, check (any error stops here), render every route whose key changed
 * through the site app's render path, read back the links of every page and verify them all, and
 * only then write. A broken link fails the build and leaves the output as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const out = resolve(options.out);
  const cache =
    options.cache && options.cache.out === out ? options.cache : await SiteCache.load(out);
  const timings: BuildTimings = {};
  const result = (ok: boolean, extra: Partial<BuildSiteResult> = {}): BuildSiteResult => ({
    ok,
    diagnostics: [],
    broken: [],
    stats: { routes: 0, rendered: 0, written: 0, removed: 0 },
    timings,
    cache,
    ...extra,
  });
  const { diagnostics, site, source } = await loadSite(options, cache.parsed, timings);
  if (diagnostics.some((d) => d.severity === "error")) return result(false, { diagnostics });

  const render = await timed(timings, "render", () => renderChanged(site, source, cache, out));
  if (render.problems.length)
    return result(false, {
      diagnostics: [...diagnostics, ...render.problems],
      stats: { ...render.stats, written: 0, removed: 0 },
    });
  const broken = await timed(timings, "verify", () =>
    cache.links.verify(render.pages, new Set(Object.keys(render.next)), site.shell.base),
  );
  if (broken.length)
    return result(false, {
      diagnostics,
      broken,
      stats: { ...render.stats, written: 0, removed: 0 },
    });

  const previous = cache.manifest.routes;
  const stale = Object.keys(previous).filter((path) => !Object.hasOwn(render.next, path));
  const written = await timed(timings, "write", () =>
    writeSite(out, render.changed, stale.map(outputFile)),
  );
  cache.manifest = { format: 1, routes: render.next };
  await cache.save();
  cache.fresh = true;
  return result(true, { diagnostics, stats: { ...render.stats, ...written } });
}

interface Rendered {
  /** The cache entry of every route and copied file, as the build now stands. */
  next: Record<string, CachedRoute>;
  /** Links and ids of every HTML page, fresh or from the cache. */
  pages: Map<string, PageLinks>;
  /** Files whose bytes differ from what the output folder holds. */
  changed: OutputFile[];
  stats: { routes: number; rendered: number };
  /** What a route's own verify found wrong with its output (an ill-formed feed). */
  problems: Diagnostic[];
}

/**
 * Renders the routes whose key digest differs from the cache's (or whose file has gone) through
 * the site app's render path, as `waymark serve` would; the rest keep their cache entry.
 */
async function renderChanged(
  site: SiteRoutes,
  source: SiteSource,
  cache: SiteCache,
  out: string,
): Promise<Rendered> {
  const version = digest(await renderCodeVersion(), JSON.stringify(site.shell));
  const previous = cache.manifest.routes;
  // A cache this process wrote describes the folder as it left it; one read from disk is checked
  // against the files there, in case some were deleted since.
  const listed = cache.fresh ? undefined : await listOutput(out);
  const present = { has: (file: string) => listed?.has(file) ?? true };
  const rendered: Rendered = {
    next: {},
    pages: new Map(),
    changed: [],
    stats: { routes: site.routes.length + site.files.length, rendered: 0 },
    problems: [],
  };
  for (const route of site.routes) {
    const key = digest(version, JSON.stringify(route.key));
    const before = previous[route.path];
    const file = outputFile(route.path);
    let entry: CachedRoute;
    if (before && before.key === key && present.has(file)) entry = before;
    else {
      const text = renderRoute(source, route);
      const problems = route.verify?.(text) ?? [];
      rendered.problems.push(...problems);
      // An output that failed its check is never cached, so the next build renders it again.
      if (problems.length) continue;
      const bytes = Buffer.from(text, "utf8");
      rendered.stats.rendered++;
      const html = file.endsWith(".html");
      entry = { key, out: digest(bytes), page: html ? readPageLinks(text) : undefined };
      if (entry.out !== before?.out || !present.has(file)) rendered.changed.push({ file, bytes });
    }
    rendered.next[route.path] = entry;
    if (entry.page) rendered.pages.set(route.path, entry.page);
  }
  for (const copied of site.files) {
    const bytes = await source.readFile(copied.file);
    const key = digest(bytes);
    const file = outputFile(copied.path);
    if (previous[copied.path]?.key !== key || !present.has(file))
      rendered.changed.push({ file, bytes });
    rendered.next[copied.path] = { key, out: key };
  }
  return rendered;
}
