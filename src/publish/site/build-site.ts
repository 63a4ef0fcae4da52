import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { runCheck } from "../../check/run-check.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { withParseCache } from "../../load/parse-markdown.js";
import { readWorkspace } from "../../load/read-workspace.js";
import { buildWorkspace } from "../../model/build-workspace.js";
import type { LayoutName } from "../../model/types.js";
import { type SiteRoutes, siteRoutes } from "../../render/site/routes.js";
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

/** Milliseconds spent in each stage, for `bench/` and for anyone asking why a build is slow. */
export type BuildTimings = Partial<
  Record<"load" | "check" | "routes" | "render" | "verify" | "write", number>
>;

export interface BuildSiteResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  broken: BrokenLink[];
  stats: BuildStats;
  timings: BuildTimings;
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
  const timings: BuildTimings = {};
  const timed = async <T>(stage: keyof BuildTimings, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await run();
    timings[stage] = performance.now() - started;
    return value;
  };
  const result = (ok: boolean, extra: Partial<BuildSiteResult> = {}): BuildSiteResult => ({
    ok,
    diagnostics,
    broken: [],
    stats: { routes: 0, rendered: 0, written: 0, removed: 0 },
    timings,
    cache,
    ...extra,
  });

  // openWorkspace, with the parse cache around the model build: unchanged files are not parsed.
  let sourceDigest = "";
  const { workspace: ws, diagnostics: loaded } = await timed("load", async () => {
    const files = await readWorkspace(options.dir, { config: options.config });
    sourceDigest = digest(
      JSON.stringify([options.layout, options.config, [...files.paths]]),
      ...[...files.files].flatMap(([path, file]) => [path, file.text]),
    );
    return withParseCache(cache.parsed, () => buildWorkspace(files, { layout: options.layout }));
  });
  const diagnostics = await timed("check", () => runCheck(ws, loaded, { strict: options.strict }));
  if (diagnostics.some((d) => d.severity === "error")) return result(false);

  const site = await timed("routes", async () => {
    const dated = [...ws.items, ...(ws.vision?.stories ?? [])].map((x) => x.file);
    const dates = await lastChanged(ws.root, [...new Set(dated)], {
      sourceDateEpoch: options.sourceDateEpoch,
    });
    return siteRoutes(ws, {
      baseUrl: options.baseUrl,
      date: options.date,
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
  const render = await timed("render", () => renderChanged(site, source, cache, out));
  const broken = await timed("verify", () =>
    verifyLinks(render.pages, new Set(Object.keys(render.next)), site.shell.base),
  );
  if (broken.length)
    return result(false, { broken, stats: { ...render.stats, written: 0, removed: 0 } });

  const previous = cache.manifest.routes;
  const stale = Object.keys(previous).filter((path) => !Object.hasOwn(render.next, path));
  const written = await timed("write", () => writeSite(out, render.changed, stale.map(outputFile)));
  cache.manifest = { format: 1, routes: render.next };
  await cache.save();
  cache.fresh = true;
  return result(true, { stats: { ...render.stats, ...written } });
}

interface Rendered {
  /** The cache entry of every route and copied file, as the build now stands. */
  next: Record<string, CachedRoute>;
  /** Links and ids of every HTML page, fresh or from the cache. */
  pages: Map<string, PageLinks>;
  /** Files whose bytes differ from what the output folder holds. */
  changed: OutputFile[];
  stats: { routes: number; rendered: number };
}

/**
 * Renders the routes whose key digest differs from the cache's (or whose file has gone), by
 * requesting them from the site app, as `waymark serve` would; the rest keep their cache entry.
 */
async function renderChanged(
  site: SiteRoutes,
  source: SiteSource,
  cache: SiteCache,
  out: string,
): Promise<Rendered> {
  const app = createSiteApp(() => source);
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
  };
  for (const route of site.routes) {
    const key = digest(version, JSON.stringify(route.key));
    const before = previous[route.path];
    const file = outputFile(route.path);
    let entry: CachedRoute;
    if (before && before.key === key && present.has(file)) entry = before;
    else {
      const response = await app.request(source.shell.href(route.path));
      const bytes = new Uint8Array(await response.arrayBuffer());
      rendered.stats.rendered++;
      const html = file.endsWith(".html");
      entry = { key, out: digest(bytes), page: html ? readPageLinks(utf8(bytes)) : undefined };
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

const utf8 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
