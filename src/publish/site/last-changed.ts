import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LastChangedOptions {
  /** Seconds since the epoch (SOURCE_DATE_EPOCH): stands in for file times, which vary by checkout. */
  sourceDateEpoch?: number;
  /** The commit dates `gitDates` gave earlier (serve keeps them): no `git log` is run. */
  git?: Map<string, string>;
}

/**
 * When each file last changed, ISO 8601: the date of the newest commit that touched it when the
 * workspace is in a git repository (one `git log` for all files), else the file's mtime (or
 * SOURCE_DATE_EPOCH when set). Deterministic for a given repository state.
 */
export async function lastChanged(
  root: string,
  files: string[],
  options: LastChangedOptions = {},
): Promise<Record<string, string>> {
  const wanted = new Set(files);
  const out: Record<string, string> = {};
  for (const [file, date] of options.git ?? (await gitDates(root)))
    if (wanted.has(file)) out[file] = date;
  const fallback = options.sourceDateEpoch;
  await Promise.all(
    files
      .filter((f) => !Object.hasOwn(out, f))
      .map(async (file) => {
        if (fallback !== undefined) {
          out[file] = new Date(fallback * 1000).toISOString();
          return;
        }
        const info = await stat(join(root, file)).catch(() => undefined);
        if (info) out[file] = new Date(Math.floor(info.mtimeMs / 1000) * 1000).toISOString();
      }),
  );
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Newest commit date per path, relative to `root`; empty outside a repository or without git. */
export async function gitDates(root: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  if (!process.env.GIT_DIR && !(await inRepository(root))) return dates;
  let stdout: string;
  try {
    ({ stdout } = await run(
      "git",
      [
        "-c",
        "core.quotepath=false",
        "log",
        "--format=%x00%cI",
        "--name-only",
        "--relative",
        "--",
        ".",
      ],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
    ));
  } catch {
    return dates;
  }
  for (const commit of stdout.split("\0")) {
    const [date, ...names] = commit.split("\n");
    if (!date) continue;
    const iso = new Date(date.trim()).toISOString();
    for (const name of names) if (name && !dates.has(name)) dates.set(name, iso);
  }
  return dates;
}

/** Whether a folder is inside a git working tree, by looking for .git upwards: no process spawned. */
async function inRepository(root: string): Promise<boolean> {
  for (let dir = root; ; dir = dirname(dir)) {
    if (
      await stat(join(dir, ".git")).then(
        () => true,
        () => false,
      )
    )
      return true;
    if (dirname(dir) === dir) return false;
  }
}
