import { existsSync, type FSWatcher, type Stats, statSync, watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, sep } from "node:path";

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
 * Watches a workspace folder for `waymark serve` with Node's own `fs.watch`, which names the path
 * of each change: the root's own entries, and each top-level folder recursively, so hidden and
 * output folders at the top (.git, node_modules, _site) are never walked or watched. chokidar,
 * which we used before, lists a folder again (an lstat per entry) on every change inside it: 77
 * ms of CPU per save in a folder of 1,000 goals, more than the whole reload. When the folder
 * itself is moved or deleted, its watches die and never see it return, so the folder is looked
 * for every MISSING_POLL_MS, and when it is back fresh watchers start and report a change, so
 * live reload goes on.
 */
export async function watchWorkspace(root: string, on: WatchEvents): Promise<WorkspaceWatcher> {
  /** The root's watcher under "", each top-level folder's under its name. */
  const watchers = new Map<string, FSWatcher>();
  let poll: NodeJS.Timeout | undefined;
  let closed = false;
  /** Folders under the root, relative: a change to one of them may add or remove many files. */
  let folders = new Set<string>();

  const changed = (path: string) => {
    if (closed || poll) return;
    if (path === "") {
      void isFolder(root).then((there) => (there ? on.change() : lost()));
      return;
    }
    if (IGNORED.test(path)) return;
    const now = statOf(join(root, path));
    if (now?.isDirectory() || (!now && folders.has(path))) {
      // A folder came or went (or was renamed): which files with it is for a full re-read.
      if (now) folders.add(path);
      else for (const f of folders) if (f === path || f.startsWith(`${path}/`)) folders.delete(f);
      if (!path.includes("/")) now ? watchFolder(path) : unwatch(path);
      on.change();
    } else if (!now && !existsSync(root)) void lost();
    else on.change(path);
  };

  const failed = (error: Error) => {
    if (!closed) void isFolder(root).then((there) => (there ? on.error(error) : lost()));
  };

  /** Watches a top-level folder and everything under it. */
  const watchFolder = (name: string) => {
    if (watchers.has(name)) return;
    try {
      const next = watch(join(root, name), { recursive: true }, (_event, file) =>
        changed(file ? `${name}/${String(file).split(sep).join("/")}` : name),
      );
      next.on("error", failed);
      watchers.set(name, next);
    } catch (error) {
      // Gone again before it was watched: its removal is reported like any other.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") failed(error as Error);
    }
  };

  const unwatch = (name: string) => {
    watchers.get(name)?.close();
    watchers.delete(name);
  };

  const start = async () => {
    folders = await foldersUnder(root);
    const top = watch(root, (_event, name) => changed(name ? String(name) : ""));
    top.on("error", failed);
    watchers.set("", top);
    for (const folder of folders) if (!folder.includes("/")) watchFolder(folder);
  };

  const stop = () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };

  const lost = async () => {
    if (closed || poll) return;
    stop();
    on.gone();
    poll = setInterval(async () => {
      if (closed || !(await isFolder(root))) return;
      clearInterval(poll);
      poll = undefined;
      await start();
      on.change();
    }, MISSING_POLL_MS);
  };

  await start();
  return {
    close: async () => {
      closed = true;
      clearInterval(poll);
      stop();
    },
  };
}

/** Every folder under `root` that a change may come from (hidden and output folders left out). */
async function foldersUnder(root: string): Promise<Set<string>> {
  const found = new Set<string>();
  const visit = async (rel: string) => {
    const entries = await readdir(join(root, rel), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (!entry.isDirectory() || IGNORED.test(path)) continue;
      found.add(path);
      await visit(path);
    }
  };
  await visit("");
  return found;
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
