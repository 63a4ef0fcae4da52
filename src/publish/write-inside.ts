import { randomBytes } from "node:crypto";
import { closeSync, constants, copyFileSync, openSync, readdirSync, writeFileSync } from "node:fs";
import { copyFile, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * Writing inside a folder a repository may have prepared: every path is checked to be relative
 * and normal, every folder on the way is created or found as a real folder (never a symlink), and
 * every file is created fresh under a temporary name (exclusive create, `O_NOFOLLOW`) and renamed
 * into place, so a symlink planted at the path is replaced, never written through. The site
 * build and `import` write only through here. It defends against what a repository holds, not
 * against another process changing the folder while Waymark writes.
 */

/**
 * What to put at a path: bytes made in memory, text in pieces (written a chunk at a time, never
 * joined whole), or a file copied (streamed by the OS, never read whole).
 */
export type Content = { bytes: Uint8Array } | { pieces: readonly string[] } | { copyOf: string };

/** Raised for a path or folder we refuse to write through; callers turn it into a diagnostic. */
export class UnsafePath extends Error {
  constructor(
    /** The path, relative to the folder written into. */
    readonly path: string,
    /** Why: "symlink", "not-a-folder", "not-relative". */
    readonly reason: "symlink" | "not-a-folder" | "not-relative",
  ) {
    super(`refused to write ${path}: ${reason}`);
  }
}

/** True for a POSIX path that is relative and normal: no `.`/`..`/empty segment, no NUL. */
export function isNormalRelative(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return false;
  if (process.platform === "win32" && path.includes("\\")) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

const FRESH = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Creates `path` (it must not exist) with `content`; never follows a link. */
export async function createFresh(path: string, content: Content): Promise<void> {
  if ("copyOf" in content) {
    // COPYFILE_EXCL opens the destination with O_CREAT | O_EXCL, which never follows a link.
    await copyFile(content.copyOf, path, constants.COPYFILE_EXCL);
    return;
  }
  const handle = await open(path, FRESH, 0o644);
  try {
    if ("bytes" in content) await handle.writeFile(content.bytes);
    else for (const chunk of chunks(content.pieces)) await handle.writeFile(chunk);
  } finally {
    await handle.close();
  }
}

/**
 * `createFresh`, synchronously, for a caller writing thousands of small files with nothing else to
 * do meanwhile (the site build): a thread-pool round trip per call costs more than the write.
 */
export function createFreshSync(path: string, content: Content): void {
  if ("copyOf" in content) {
    copyFileSync(content.copyOf, path, constants.COPYFILE_EXCL);
    return;
  }
  const fd = openSync(path, FRESH, 0o644);
  try {
    if ("bytes" in content) writeFileSync(fd, content.bytes);
    else for (const chunk of chunks(content.pieces)) writeFileSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Text given in pieces, joined into chunks of about 64 KiB: a write per chunk, not per piece. */
function* chunks(pieces: readonly string[]): Generator<string> {
  let from = 0;
  let size = 0;
  for (let i = 0; i < pieces.length; i++) {
    size += pieces[i]!.length;
    if (size < 65_536 && i < pieces.length - 1) continue;
    yield pieces.slice(from, i + 1).join("");
    from = i + 1;
    size = 0;
  }
}

/** Creates each folder of `rel` under `root` that is missing, refusing any that is a symlink. */
export async function makeFolders(root: string, rel: string): Promise<void> {
  let dir = root;
  for (const part of rel.split("/").slice(0, -1)) {
    dir = join(dir, part);
    const made = await mkdir(dir).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
        return false;
      },
    );
    if (made) continue;
    const info = await lstat(dir);
    if (info.isSymbolicLink()) throw new UnsafePath(relative(root, dir), "symlink");
    if (!info.isDirectory()) throw new UnsafePath(relative(root, dir), "not-a-folder");
  }
}

/**
 * Puts `content` at `rel` inside `root`: folders made or checked, the file written fresh under a
 * temporary name beside it and renamed over whatever `rel` named (a rename replaces a symlink
 * itself, not what it points to). Readers of `rel` see the old file or the new one, whole.
 */
export async function writeInside(root: string, rel: string, content: Content): Promise<void> {
  if (!isNormalRelative(rel)) throw new UnsafePath(rel, "not-relative");
  await makeFolders(root, rel);
  const path = join(root, ...rel.split("/"));
  const temp = `${path}.${randomBytes(6).toString("hex")}.waymark-tmp`;
  try {
    await createFresh(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

/** One entry found under a folder: its relative POSIX path and what it is. */
export interface FoundEntry {
  path: string;
  kind: "file" | "folder" | "symlink" | "other";
}

/**
 * Everything under `root` (not following links), folders before their contents. Read
 * synchronously: Node 20's recursive `readdir` takes a thread-pool round trip per folder, 60 to
 * 150 ms against 20 for a site of 3,500 folders.
 */
export async function listInside(root: string): Promise<FoundEntry[]> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .map((e): FoundEntry => {
      const path = relative(root, join(e.parentPath, e.name)).split(sep).join("/");
      if (e.isSymbolicLink()) return { path, kind: "symlink" };
      if (e.isDirectory()) return { path, kind: "folder" };
      return { path, kind: e.isFile() ? "file" : "other" };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
