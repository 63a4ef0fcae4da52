import { relative, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { type FSWatcher, watch } from "chokidar";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ParseCache } from "../../load/parse-markdown.js";
import { type BuildTimings, loadSite, type SiteInput } from "./load-site.js";
import { createSiteApp, type SiteSource } from "./site-app.js";

export interface ServeSiteOptions extends SiteInput {
  port: number;
  /** Loopback by default: a preview is nobody else's business. */
  hostname?: string;
  /** Called after the first load and every reload, with what the checker found. */
  onLoad?: (event: { diagnostics: Diagnostic[]; ms: number; reload: boolean }) => void;
}

export interface SiteServer {
  url: string;
  /** Reloads now (a file watcher calls this on every change, debounced). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Folders whose changes never touch the site: hidden ones (.git, .waymark-cache) and outputs. */
const IGNORED = /(^|[\\/])(\.[^\\/]*|node_modules|_site|dist)([\\/]|$)/;

/**
 * `waymark serve`: the same Hono app the build requests, served over HTTP and rendering each page
 * when asked. The workspace is watched; on a change the model is rebuilt (parsing only the
 * changed files) and the app switches to the new site. Errors are reported, never fatal: the
 * preview keeps showing what the files say.
 */
export async function serveSite(options: ServeSiteOptions): Promise<SiteServer> {
  const parsed = new ParseCache();
  let current: SiteSource;
  let reloading: Promise<void> = Promise.resolve();
  const load = async (reload: boolean) => {
    const timings: BuildTimings = {};
    const started = performance.now();
    const loaded = await loadSite(options, parsed, timings);
    current = loaded.source;
    options.onLoad?.({ diagnostics: loaded.diagnostics, ms: performance.now() - started, reload });
  };
  await load(false);
  const app = createSiteApp(() => current);
  const hostname = options.hostname ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((done) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => done(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  // One reload at a time, after the last of a burst of changes (an editor saves in several steps).
  const reload = () => {
    reloading = reloading.then(() => load(true)).catch(() => {});
    return reloading;
  };
  let timer: NodeJS.Timeout | undefined;
  const root = resolve(options.dir);
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    ignored: (path) => IGNORED.test(relative(root, path)),
  });
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(reload, 100);
  });
  // A watch error (e.g. too many files) must not stop the preview; it just stops live reloads.
  watcher.on("error", () => {});
  await new Promise<void>((done) => watcher.once("ready", () => done()));
  return {
    url: `http://${hostname}:${port}${current!.shell.data.base}`,
    reload,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      await reloading;
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
