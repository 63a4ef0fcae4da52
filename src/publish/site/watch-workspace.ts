import { stat } from "node:fs/promises";
import { relative, sep } from "node:path";
import { type FSWatcher, watch } from "chokidar";

/** Folders whose changes never touch the site: hidden ones (.git, .waymark-cache) and outputs. */
const IGNORED = /(^|[\\/])(\.[^\\/]*|node_modules|_site|dist)([\\/]|$)/;

/** How often a vanished workspace folder is looked for again. */
const MISSING_POLL_MS = 250;

export interface WorkspaceWatcher {
  close(): Promise<void>;
}

export interface WatchEvents {
  /**
   * Something under the folder changed: `path` (relative, POSIX) was added, changed or removed;
   * without a path, anything may have (the folder came back, a folder was added or removed).
   */
  change(path?: string): void;
  /** The folder went away (moved or deleted): the preview waits for it. */
  gone(): void;
  /** The watcher failed (e.g. too many files to watch); live reload may be incomplete. */
  error(error: Error): void;
}

/**
 * Watches a workspace folder for `waymark serve`, surviving the folder itself going away: when
 * it is moved or deleted (chokidar's watches die with it and never see it return), the folder is
 * looked for every MISSING_POLL_MS, and when it is back a fresh watcher starts and reports a
 * change, so live reload goes on.
 */
export async function watchWorkspace(root: string, on: WatchEvents): Promise<WorkspaceWatcher> {
  let watcher: FSWatcher | undefined;
  let poll: NodeJS.Timeout | undefined;
  let closed = false;

  const start = async () => {
    const next = watch(root, {
      ignoreInitial: true,
      ignored: (path) => IGNORED.test(relative(root, path)),
    });
    next.on("all", (event, path) => {
      if (event === "unlinkDir" && path === root) void lost();
      else if (event === "addDir" || event === "unlinkDir") on.change();
      else on.change(relative(root, path).split(sep).join("/"));
    });
    next.on("error", (error) =>
      on.error(error instanceof Error ? error : new Error(String(error))),
    );
    watcher = next;
    await new Promise<void>((done) => next.once("ready", () => done()));
  };

  const lost = async () => {
    if (closed || poll) return;
    const old = watcher;
    watcher = undefined;
    on.gone();
    poll = setInterval(async () => {
      if (closed || !(await isFolder(root))) return;
      clearInterval(poll);
      poll = undefined;
      await start();
      on.change();
    }, MISSING_POLL_MS);
    await old?.close();
  };

  await start();
  return {
    close: async () => {
      closed = true;
      clearInterval(poll);
      await watcher?.close();
    },
  };
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
