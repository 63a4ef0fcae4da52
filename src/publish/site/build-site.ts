import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ParseCache } from "../../load/parse-markdown.js";
import { openParseCache, saveParseCache } from "../../load/parse-pack.js";
import { type PageLinks, TextPool } from "../../render/site/links/page-links.js";
import type { SiteRoutes } from "../../render/site/routes.js";
import { outputFile } from "../../render/site/site-paths.js";
import { buildInputsKey } from "./build-inputs.js";
import { loadBuildState, saveBuildState, stampOf } from "./build-state.js";
import { compactTrees } from "./compact-trees.js";
import { digest } from "./digest.js";
import { type BuildTimings, loadSite, type SiteInput, timed } from "./load-site.js";
import {
  inspectOutput,
  type OutputFolder,
  type OutputRefusal,
  refusalDiagnostic,
  writeFailure,
} from "./output-folder.js";
import { renderRouteLinked, type SiteSource } from "./site-app.js";
import { type CachedRoute, renderCodeVersion, SiteCache } from "./site-cache.js";
import { type BrokenLink, verifyLinks } from "./verify-links.js";
import { type SiteWriter, siteWriter, type WrittenFile } from "./write-site.js";
import { readRendered, TreeWriter } from "./write-tree.js";

export type { BuildTimings } from "./load-site.js";
export type { OutputRefusal } from "./output-folder.js";

export interface BuildSiteOptions extends SiteInput {
  /** The output folder. */
  out: string;
  /** Replace a non-empty output folder that holds no manifest this machine signed. */
  force?: boolean;
  /** A cache kept by a long-running caller; otherwise the one in the output folder is used. */
  cache?: SiteCache;
  /**
   * The caller builds once and keeps nothing (the `build` command): what only a next build in
   * this process would use (the link check's index of who links where, each manifest entry's
   * text) is not made, 24 MB less on the 1,000-goal bench. The returned cache still works; a
   * build given it checks every link again.
   */
  once?: boolean;
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
  /** Why the output folder was not touched at all, when it was refused. */
  refused?: OutputRefusal;
  stats: BuildStats;
  timings: BuildTimings;
  cache: SiteCache;
}

/**
 * `waymark build`: check the output folder may be replaced (see `inspectOutput`), load, check (any
 * error stops here), render every route whose key changed or whose file is not as the manifest
 * says into a new tree beside the output (`SiteWriter`), read back the links of every page and
 * verify them all, and only then swap the new tree in. A refusal, an error or a broken link
 * leaves the output as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const out = resolve(options.out);
  const kept = options.cache?.out === out ? options.cache : undefined;
  let cache = kept ?? SiteCache.empty(out);
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
  const failed = (error: unknown, diagnostics: Diagnostic[] = []) => {
    const failure = writeFailure(out, error);
    if (!failure) throw error;
    return result(false, { diagnostics: [...diagnostics, failure] });
  };
  const inspected = await inspectOutput(out, resolve(options.dir), {
    force: options.force,
    trusted: async () => {
      if (kept?.fresh) return true;
      cache = await SiteCache.load(out);
      return cache.trusted;
    },
  }).catch((error: unknown) => ({ error }));
  if ("error" in inspected) return failed(inspected.error);
  if ("refused" in inspected)
    return result(false, {
      refused: inspected.refused,
      diagnostics: [refusalDiagnostic(inspected.refused)],
    });
  const folder = inspected.folder;
  // The old tree is a site of ours: its spare may be brought up to date (see `TreeWriter`).
  const spare = !!kept?.fresh || cache.trusted;
  // A manifest that does not verify (a forced build over another machine's) describes nothing.
  if (!kept?.fresh && !cache.trusted) cache = SiteCache.empty(out);
  // A fresh process takes the stamps the last build left; when nothing it reads has changed
  // since, and the output is as it left it, there is nothing to do.
  const inputs = await buildInputsKey(options);
  if (!kept && cache.trusted) {
    const state = await loadBuildState(out, cache.mac);
    for (const [file, stamp] of Object.entries(state?.stamps ?? {})) cache.stamps.set(file, stamp);
    if (state && inputs && state.inputs === inputs && asLeft(cache, folder)) {
      const routes = Object.keys(cache.manifest.routes).length;
      return result(true, {
        diagnostics: state.diagnostics,
        stats: { routes, rendered: 0, written: 0, removed: 0 },
      });
    }
  }
  // Replaced by the render with the writer its number of files calls for (`siteWriter`).
  const writing = { writer: new TreeWriter(out) as SiteWriter, spare };
  const made = await loadAndRender(options, { cache, kept: !!kept, folder, writing, timings });
  const { writer } = writing;
  const { diagnostics, render } = made;
  if (!render) return result(false, { diagnostics });
  if ("error" in render) {
    await writer.abandon();
    if (!writer.threw(render.error)) throw render.error;
    return failed(render.error, diagnostics);
  }
  if (render.problems.length) {
    await writer.abandon();
    return result(false, {
      diagnostics: [...diagnostics, ...render.problems],
      stats: { ...render.stats, written: 0, removed: 0 },
    });
  }
  const paths = new Set(Object.keys(render.next));
  const broken = await timed(timings, "verify", () =>
    options.once
      ? verifyLinks(render.pages, paths, made.base)
      : cache.links.verify(render.pages, paths, made.base),
  );
  if (broken.length) {
    await writer.abandon();
    return result(false, {
      diagnostics,
      broken,
      stats: { ...render.stats, written: 0, removed: 0 },
    });
  }

  const previous = cache.manifest.routes;
  const ours = new Set(Object.keys(previous).map(outputFile));
  const next = new Set(Object.keys(render.next).map(outputFile));
  const removed = [...ours].filter((file) => !next.has(file) && folder.files.has(file)).length;
  // Files in the folder that no build of ours wrote are carried into the new tree, untouched.
  const foreign = [...folder.files].filter((file) => !ours.has(file) && !next.has(file));
  const same =
    Object.keys(previous).length === Object.keys(render.next).length &&
    Object.entries(render.next).every(([path, entry]) => previous[path] === entry);
  cache.manifest = { format: 2, routes: render.next };
  const always = removed > 0 || !folder.exists || !same;
  try {
    const manifest = render.written || always ? await cache.pieces(!options.once) : [];
    await timed(timings, "write", () => writer.finish({ keep: foreign, manifest, always }));
  } catch (error) {
    cache.manifest = { format: 2, routes: previous };
    return failed(error, diagnostics);
  }
  await stampOutput(cache, out, next);
  cache.fresh = true;
  const stamps = Object.fromEntries(cache.stamps);
  await saveBuildState(out, { manifest: cache.mac ?? "", inputs, diagnostics, stamps });
  return result(true, {
    diagnostics,
    stats: { ...render.stats, written: render.written, removed },
  });
}

/** What `buildSite` needs of the load and the render, once both are done. */
interface LoadedAndRendered {
  diagnostics: Diagnostic[];
  /** The site's base path, which its links are checked against. */
  base: string;
  /** Undefined when the check found an error, and nothing was rendered. */
  render?: Rendered | { error: unknown };
}

/**
 * Loads (through the parse pack, saved at once when this process opened it), checks and renders.
 * A call of its own so that what only the render needs (the model's routes and views, the
 * shell's caches, about 30 MB on the 1,000-goal bench) is garbage once it returns, not held
 * through the link check and the write.
 */
async function loadAndRender(
  options: BuildSiteOptions,
  run: {
    cache: SiteCache;
    kept: boolean;
    folder: OutputFolder;
    writing: Writing;
    timings: BuildTimings;
  },
): Promise<LoadedAndRendered> {
  const { cache, kept, timings } = run;
  const root = resolve(options.dir);
  // A fresh process parses through the workspace's parse pack, as check does, and saves it.
  if (!kept) cache.parsed = await openParseCache(root);
  // Saved as soon as the model is built: the pack's copies of the trees are let go before the
  // check and the render run (see PackedParseCache.save).
  const save = kept ? undefined : () => saveParseCache(cache.parsed, root);
  const loaded = await loadSite(options, cache.parsed, timings, undefined, save);
  // A build that keeps nothing lets go of what parsing made (each parse and each item built
  // from a file, with their problems: 4 MB on the 1,000-goal bench): the model holds what the
  // render reads. A next build given this cache parses again.
  if (options.once) cache.parsed = new ParseCache();
  const { diagnostics, site, source, documents } = loaded;
  const base = site.shell.base;
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics, base };
  // Checked and packed: the trees the render reads can be made smaller.
  compactTrees(documents);
  const render = await timed(timings, "render", () =>
    renderChanged(site, source, cache, run.folder, root, run.writing),
  ).catch((error: unknown) => ({ error }));
  return { diagnostics, base, render };
}

/** The writer the render chose (`siteWriter`), and whether it may use the spare tree. */
interface Writing {
  writer: SiteWriter;
  spare: boolean;
}

interface Rendered {
  /** The cache entry of every route and copied file, as the build now stands. */
  next: Record<string, CachedRoute>;
  /** Links and ids of every HTML page, fresh or from the cache. */
  pages: Map<string, PageLinks>;
  /** How many files were written because their bytes differ from what the output holds. */
  written: number;
  stats: { routes: number; rendered: number };
  /** What a route's own verify found wrong with its output (an ill-formed feed). */
  problems: Diagnostic[];
}

/**
 * Renders the routes whose key digest differs from the cache's, or whose file in the output is
 * not the one the manifest describes (gone, emptied, changed), through the site app's render path
 * as `waymark serve` would, and hands each file to the writer at once; the rest keep their cache
 * entry and their file. A route the cache has nothing for is handed over whole, to be written,
 * digested and read for links where it is written (a worker thread, for many: `siteWriter`),
 * while the next renders.
 */
async function renderChanged(
  site: SiteRoutes,
  source: SiteSource,
  cache: SiteCache,
  folder: OutputFolder,
  root: string,
  writing: Writing,
): Promise<Rendered> {
  const version = digest(await renderCodeVersion(), JSON.stringify(site.shell));
  const previous = cache.manifest.routes;
  const fresh = site.routes.filter((route) => !previous[route.path]).length;
  const writer = siteWriter(cache.out, fresh + site.files.length, { spare: writing.spare });
  writing.writer = writer;
  const intact = async (file: string, out: string) =>
    folder.files.has(file) && (await holds(cache, file, out));
  const rendered: Rendered = {
    next: {},
    pages: new Map(),
    written: 0,
    stats: { routes: site.routes.length + site.files.length, rendered: 0 },
    problems: [],
  };
  const texts = new TextPool();
  // Routes handed over whole, in order; their entries are filled in once written.
  const handed: [path: string, key: string, made: Promise<WrittenFile>][] = [];
  for (const route of site.routes) {
    const key = digest(version, JSON.stringify(route.key));
    const before = previous[route.path];
    const file = outputFile(route.path);
    let entry: CachedRoute;
    if (before && before.key === key && (await intact(file, before.out))) {
      entry = before;
      await writer.keep(file);
    } else {
      await writer.room();
      const { text, links } = renderRouteLinked(source, route);
      const problems = route.verify?.(text) ?? [];
      rendered.problems.push(...problems);
      // An output that failed its check is never cached, so the next build renders it again.
      if (problems.length) continue;
      rendered.stats.rendered++;
      if (!before) {
        handed.push([route.path, key, writer.rendered(file, text, texts, links)]);
        // Its place in the manifest's order is kept until the entry comes.
        rendered.next[route.path] = { key, out: "" };
        rendered.written++;
        continue;
      }
      const { bytes, out, page } = readRendered(file, text, texts, links);
      entry = { key, out, page };
      if (entry.out === before.out && (await intact(file, entry.out))) await writer.keep(file);
      else {
        await writer.write({ file, bytes });
        rendered.written++;
      }
    }
    rendered.next[route.path] = entry;
  }
  for (const copied of site.files) {
    // Streamed twice (digest, then copy by the OS), never read whole: an asset may be huge.
    const path = join(root, copied.file);
    const key = await digestFile(path);
    const file = outputFile(copied.path);
    if (previous[copied.path]?.key === key && (await intact(file, key))) await writer.keep(file);
    else {
      await writer.write({ file, copyOf: path });
      rendered.written++;
    }
    rendered.next[copied.path] = { key, out: key };
  }
  for (const [path, key, made] of handed) rendered.next[path] = { key, ...(await made) };
  for (const [path, entry] of Object.entries(rendered.next))
    if (entry.page) rendered.pages.set(path, entry.page);
  return rendered;
}

/**
 * True when the output's `file` still has the digest `out`: checked by reading it, or, for a file
 * this process wrote and stamped, by its size, inode and mtime.
 */
async function holds(cache: SiteCache, file: string, out: string): Promise<boolean> {
  const path = join(cache.out, file);
  const stamp = cache.stamps.get(file);
  if (stamp !== undefined) return stamp === stampOf(path);
  return (await digestFile(path).catch(() => undefined)) === out;
}

/** The digest `digest(bytes)` gives for a file's bytes, read as a stream. */
async function digestFile(path: string): Promise<string> {
  const hash = createHash("sha1");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  hash.update("\0");
  return hash.digest("hex");
}

/** True when every file of the manifest is in the output with the stamp the last build left. */
function asLeft(cache: SiteCache, folder: OutputFolder): boolean {
  return Object.keys(cache.manifest.routes).every((path) => {
    const file = outputFile(path);
    const stamp = cache.stamps.get(file);
    return (
      stamp !== undefined && folder.files.has(file) && stamp === stampOf(join(cache.out, file))
    );
  });
}

/** Stamps every file of the site as the build left it, for the next in-process build. */
async function stampOutput(cache: SiteCache, out: string, files: Set<string>): Promise<void> {
  cache.stamps.clear();
  for (const file of files) {
    const stamp = stampOf(join(out, file));
    if (stamp) cache.stamps.set(file, stamp);
  }
}
