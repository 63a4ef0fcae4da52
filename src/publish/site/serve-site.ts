import { join, resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { openParseCache, saveParseCache } from "../../load/parse-pack.js";
import { type FileStamps, stampOf, updateWorkspace } from "../../load/update-workspace.js";
import { type ListenFailure, listen } from "./listen.js";
import { createLiveReload } from "./live-reload.js";
import { type BuildTimings, loadSite, type SiteInput, type SiteMemo, timed } from "./load-site.js";
import { type Changes, ReloadQueue } from "./reload-queue.js";
import { guardRequest, secureResponse } from "./serve-guard.js";
import { createSiteApp, type SiteSource } from "./site-app.js";
import { type BoardOptions, triageApi } from "./triage-api.js";
import { isFolder, watchWorkspace } from "./watch-workspace.js";

export interface ServeSiteOptions extends SiteInput {
  port: number;
  /** Loopback by default: a preview is nobody else's business. */
  hostname?: string;
  /**
   * Called after the first load and every reload, with what the checker found: `ms` until the
   * new site was served, `checkMs` for the check that followed.
   */
  onLoad?: (event: LoadEvent) => void;
  /**
   * Called when something goes wrong after start: a reload that failed, the watcher failing, the
   * folder going away. The preview goes on showing the last site it loaded.
   */
  onProblem?: (problem: ServeProblem) => void;
  /** How the triage board reaches GitHub (API URL, token); see triage-api.ts. */
  board?: BoardOptions;
}

/**
 * When a file just read is looked at again: first soon, then later. A write that lands while the
 * file is being read can leave its event behind the read (or, on some platforms and network
 * folders, without an event at all); a second look at its stamp catches it.
 */
const SETTLE_MS = [60, 250, 1000];

export interface LoadEvent {
  diagnostics: Diagnostic[];
  ms: number;
  checkMs: number;
  reload: boolean;
  /** Milliseconds of each step: update (re-reading changed files), load, track, routes, check. */
  timings: BuildTimings;
}

/**
 * How long after a reload its check starts. No page shows the check's findings, so the new site
 * is served first; the pause lets the open pages, told to reload, ask for their page before the
 * check takes the (single) thread. A newer load in the meantime checks instead.
 */
const CHECK_AFTER_MS = 40;

export type { ListenFailure } from "./listen.js";

export type ServeProblem =
  | { kind: "reload-failed"; error: Error }
  | { kind: "watch-failed"; error: Error }
  | { kind: "folder-gone"; dir: string };

export interface SiteServer {
  url: string;
  /** Reads the whole workspace again and reloads (the watcher reloads changed files by itself). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `waymark serve`: the same Hono app the build requests, served over HTTP and rendering each page
 * when asked, behind a guard (Host and Origin checks, a Content-Security-Policy header). The
 * workspace is watched; on a change the model is rebuilt (parsing only the changed files) and
 * the app switches to the new site, and open pages reload (live-reload.ts). Problems are reported
 * through `onProblem` and in a banner on open pages, never fatal and never silent: the preview
 * keeps showing the last site it loaded.
 */
export async function serveSite(options: ServeSiteOptions): Promise<SiteServer | ListenFailure> {
  const root = resolve(options.dir);
  // The workspace's parse pack, as build and check use: a first load parses only what changed.
  const parsed = await openParseCache(root);
  // Open pages are told of every load, problem and error (a banner), as the terminal is.
  const live = createLiveReload();
  const report = (problem: ServeProblem) => {
    options.onProblem?.(problem);
    live.problem(problem);
  };
  let current: SiteSource;
  // Kept between loads: the files as read, updated from the watcher's paths; git dates.
  const memo: SiteMemo = { checkLater: true };
  const stamps: FileStamps = new Map();
  // While the folder is gone there is nothing to load: the last site stays until it is back.
  const queue = new ReloadQueue(
    async () => {
      if (await isFolder(root)) settleLater(await load(queue.take()));
    },
    (error) => report({ kind: "reload-failed", error: asError(error) }),
  );
  /** Loads the site; `changes` is what a reload must read again (none for the first load). */
  const load = async (changes?: Changes): Promise<Set<string>> => {
    const timings: BuildTimings = {};
    const started = performance.now();
    const reload = changes !== undefined;
    const changed = changes?.paths ?? new Set<string>();
    if (changes?.everything) {
      memo.files = undefined;
      memo.dates = undefined;
    } else if (memo.files && changed.size) {
      const files = memo.files;
      memo.files = await timed(timings, "update", () => updateWorkspace(files, changed, stamps));
      for (const path of changed) memo.dates?.delete(path);
    }
    const loaded = await loadSite(options, parsed, timings, memo);
    current = loaded.source;
    live.loaded();
    const ms = performance.now() - started;
    const mine = ++loads;
    const check = async () => {
      if (mine !== loads) return;
      const checking = performance.now();
      const diagnostics = await loaded.check();
      if (mine !== loads) return;
      live.checked(diagnostics);
      const checkMs = performance.now() - checking;
      options.onLoad?.({ diagnostics, ms, checkMs, reload, timings });
    };
    clearTimeout(checkLater);
    if (!reload) await check();
    else
      checkLater = setTimeout(
        () => check().catch((error) => report({ kind: "reload-failed", error: asError(error) })),
        CHECK_AFTER_MS,
      );
    return changed;
  };
  let loads = 0;
  let checkLater: NodeJS.Timeout | undefined;
  await load();
  await saveParseCache(parsed, root);
  const app = createSiteApp(() => current);
  const hostname = options.hostname ?? "127.0.0.1";
  // The guard needs the port, known once listening (port 0 picks one); no request comes before.
  const guard = { hostname, port: options.port };
  const board = triageApi({ root, hostname, source: () => current, board: options.board });
  // Serve's own answers first (live reload's events and script), then the triage board's, then
  // the site's pages, each with the live-reload script added.
  const respond = async (request: Request): Promise<Response> => {
    const base = current.shell.data.base;
    const own = live.answer(request, base);
    if (own) return own;
    const version = live.version();
    const page = (await board(request)) ?? (await app.fetch(request));
    return live.decorate(page, base, version);
  };
  const guarded = async (request: Request) =>
    guardRequest(request, guard) ?? secureResponse(await respond(request));
  const listening = await listen(guarded, hostname, options.port);
  if ("failed" in listening) return listening;
  const { server, port } = listening;
  guard.port = port;

  // A file read while its writer was still at work is looked at again, and read again if it is
  // no longer as it was read.
  const settling = new Map<string, number>(); // path → how many looks it has had
  let settle: NodeJS.Timeout | undefined;
  const settleLater = (paths: Iterable<string>) => {
    for (const path of paths) settling.set(path, 0);
    if (settle || settling.size === 0) return;
    settle = setTimeout(
      () => {
        settle = undefined;
        for (const [path, looks] of settling) {
          const moved = stampOf(join(root, path)) !== stamps.get(path);
          if (moved) void queue.report(path);
          if (moved || queue.has(path) || looks + 1 >= SETTLE_MS.length) settling.delete(path);
          else settling.set(path, looks + 1);
        }
        settleLater([]);
      },
      SETTLE_MS[Math.min(...settling.values())],
    );
  };
  const watcher = await watchWorkspace(root, {
    change: (path) => {
      // One save is often two events (truncate, then write): the second, for a file already
      // read as it now stands, would only reload the same site again.
      if (path !== undefined && stamps.has(path) && stampOf(join(root, path)) === stamps.get(path))
        return;
      void queue.report(path);
    },
    gone: () => report({ kind: "folder-gone", dir: options.dir }),
    error: (error) => report({ kind: "watch-failed", error }),
  });
  return {
    url: `http://${hostname}:${port}${current!.shell.data.base}`,
    reload: () => queue.report(),
    close: async () => {
      clearTimeout(settle);
      await watcher.close();
      await queue.settled();
      clearTimeout(checkLater);
      loads = -1; // a check already under way reports nothing
      live.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
