import { lstat, mkdir, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { NewFile } from "./new-file.js";

export type WriteResult =
  | { ok: true; written: string[] }
  /** Files already there: nothing was written. */
  | { ok: false; existing: string[] }
  /** The file system refused (permissions, a file where a folder should be): nothing was kept. */
  | { ok: false; failed: string; reason: string };

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The first folder of `path` under `base` that is a symlink, if any: a repository may plant one. */
async function linkOnTheWay(base: string, path: string): Promise<string | undefined> {
  const parts = path.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const info = await lstat(join(base, ...parts.slice(0, i))).catch(() => undefined);
    if (!info) return undefined;
    if (info.isSymbolicLink()) return parts.slice(0, i).join("/");
  }
  return undefined;
}

/**
 * Creates files under a root, all or nothing, and never over an existing file. A first pass
 * refuses if any target exists, or if a folder on the way to one is a symlink (a file would land
 * outside the workspace); each write then uses the `wx` flag (`O_EXCL`, which never follows a
 * link), so a file that appears in between is still not overwritten, and what this call wrote is
 * removed again, with any folders it made that are left empty. The only I/O of `init` and `new`.
 */
export async function writeNewFiles(root: string, files: NewFile[]): Promise<WriteResult> {
  const base = resolve(root);
  const target = (file: NewFile) => join(base, ...file.path.split("/"));
  const present = await Promise.all(files.map((f) => exists(target(f))));
  const existing = files.filter((_, i) => present[i]).map((f) => f.path);
  if (existing.length) return { ok: false, existing };
  for (const file of files) {
    const link = await linkOnTheWay(base, file.path);
    if (link) return { ok: false, failed: file.path, reason: `${link} is a symlink` };
  }
  const written: string[] = [];
  const madeDirs: string[] = [];
  for (const file of files) {
    let step = "mkdir";
    try {
      const made = await mkdir(dirname(target(file)), { recursive: true });
      if (made) madeDirs.push(made);
      step = "write";
      await writeFile(target(file), file.text, { flag: "wx" });
      written.push(file.path);
    } catch (error) {
      const ours = written.map((p) => join(base, ...p.split("/")));
      await undo(ours, [...ours, target(file)], madeDirs);
      const e = error as NodeJS.ErrnoException;
      // EEXIST from mkdir means a file stands where a folder should; from the write, a lost race.
      if (e.code === "EEXIST" && step === "write") return { ok: false, existing: [file.path] };
      return { ok: false, failed: file.path, reason: e.code ?? e.message };
    }
  }
  return { ok: true, written };
}

/**
 * Removes the files this call wrote, then the folders it made around any of `targets`, deepest
 * first and only if empty (never someone else's file, even the one that got in the way).
 */
async function undo(ours: string[], targets: string[], madeDirs: string[]): Promise<void> {
  await Promise.all(ours.map((f) => rm(f, { force: true })));
  const made = (dir: string) => madeDirs.some((m) => dir === m || dir.startsWith(`${m}${sep}`));
  const dirs = new Set<string>();
  for (const file of targets)
    for (let dir = dirname(file); made(dir); dir = dirname(dir)) dirs.add(dir);
  for (const dir of [...dirs].sort((a, b) => b.length - a.length))
    await rmdir(dir).catch(() => undefined);
}
