import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { openParseCache, saveParseCache } from "../../load/parse-pack.js";
import { type BuildTimings, loadSite, type SiteInput } from "./load-site.js";
import { guardRequest, secureResponse } from "./serve-guard.js";
import { createSiteApp, type SiteSource } from "./site-app.js";
import { isFolder, watchWorkspace } from "./watch-workspace.js";

export interface ServeSiteOptions extends SiteInput {
  port: number;
  /** Loopback by default: a preview is nobody else's business. */
  hostname?: string;
  /** Called after the first load and every reload, with what the checker found. */
  onLoad?: (event: { diagnostics: Diagnostic[]; ms: number; reload: boolean }) => void;
  /**
   * Called when something goes wrong after start: a reload that failed, the watcher failing, the
   * folder going away. The preview goes on showing the last site it loaded.
   */
  onProblem?: (problem: ServeProblem) => void;
}

export type ServeProblem =
  | { kind: "reload-failed"; error: Error }
  | { kind: "watch-failed"; error: Error }
  | { kind: "folder-gone"; dir: string };

export interface SiteServer {
  url: string;
  /** Reloads now (a file watcher calls this on every change, debounced). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Why the server could not listen: the port is taken, or not ours to take. */
export interface ListenFailure {
  failed: "port-in-use" | "port-denied" | "address-unavailable";
  hostname: string;
  port: number;
}

/**
 * `waymark serve`: the same Hono app the build requests, served over HTTP and rendering each page
 * when asked, behind a guard (Host and Origin checks, a Content-Security-Policy header). The
 * workspace is watched; on a change the model is rebuilt (parsing only the changed files) and
 * the app switches to the new site. Problems are reported through `onProblem`, never fatal and
 * never silent: the preview keeps showing the last site it loaded.
 */
export async function serveSite(options: ServeSiteOptions): Promise<SiteServer | ListenFailure> {
  const root = resolve(options.dir);
  // The workspace's parse pack, as build and check use: a first load parses only what changed.
  const parsed = await openParseCache(root);
  const report = options.onProblem ?? (() => {});
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
  await saveParseCache(parsed, root);
  const app = createSiteApp(() => current);
  const hostname = options.hostname ?? "127.0.0.1";
  // The guard needs the port, known once listening (port 0 picks one); no request comes before.
  const guard = { hostname, port: options.port };
  const guarded = async (request: Request) =>
    guardRequest(request, guard) ?? secureResponse(await app.fetch(request));
  const listening = await listen(guarded, hostname, options.port);
  if ("failed" in listening) return listening;
  const { server, port } = listening;
  guard.port = port;

  // One reload at a time, after the last of a burst of changes (an editor saves in several steps).
  // While the folder is gone there is nothing to load: the last site stays until it is back.
  const reload = () => {
    reloading = reloading
      .then(async () => {
        if (await isFolder(root)) await load(true);
      })
      .catch((error: unknown) => {
        report({ kind: "reload-failed", error: asError(error) });
      });
    return reloading;
  };
  let timer: NodeJS.Timeout | undefined;
  const watcher = await watchWorkspace(root, {
    change: () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 100);
    },
    gone: () => report({ kind: "folder-gone", dir: options.dir }),
    error: (error) => report({ kind: "watch-failed", error }),
  });
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

type Fetch = (request: Request) => Promise<Response>;
type Server = ReturnType<typeof serve>;

/** Listens, turning the errors a user can cause (a busy port) into data instead of a crash. */
async function listen(
  fetch: Fetch,
  hostname: string,
  port: number,
): Promise<{ server: Server; port: number } | ListenFailure> {
  return new Promise((done, fail) => {
    const server = serve({ fetch, port, hostname }, () => {
      server.off("error", failed);
      const address = server.address();
      done({ server, port: typeof address === "object" && address ? address.port : port });
    });
    const failed = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? "port-in-use"
          : error.code === "EACCES"
            ? "port-denied"
            : error.code === "EADDRNOTAVAIL"
              ? "address-unavailable"
              : undefined;
      if (!reason) return fail(error);
      done({ failed: reason, hostname, port });
    };
    server.once("error", failed);
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
