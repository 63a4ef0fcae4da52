import { lstatSync, rmSync, unlinkSync } from "node:fs";
import { lstat, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { createFresh, listInside } from "../write-inside.js";

/** Written into the spare tree so that git skips it: it sits in the repository when the output does. */
const SPARE_IGNORE = {
  bytes: Buffer.from("# Waymark's spare copy of the site, for the next build.\n*\n"),
};

/**
 * Keeps the tree at `tree` as the spare: false when it is no real folder (a link would have the
 * `.gitignore` written where it points) or cannot be moved there, and the caller removes it. A
 * spare in a repository gets a `.gitignore` of its own, so git never lists it; the next build
 * removes that file with the rest the site does not have.
 */
export async function keepAsSpare(tree: string, spare: string): Promise<boolean> {
  const folder = await lstat(tree).then(
    (info) => info.isDirectory(),
    () => false,
  );
  const kept =
    folder &&
    (await rename(tree, spare).then(
      () => true,
      () => false,
    ));
  if (kept) await createFresh(join(spare, ".gitignore"), SPARE_IGNORE).catch(() => {});
  return kept;
}

/** What a spare tree holds that the new generation has not claimed yet: each path and its kind. */
export type SpareEntries = Map<string, "file" | "folder">;

/**
 * Takes the spare tree (the generation before the current one, kept by the last swap) as the new
 * tree `next`, and lists it: undefined when there is none, or when it is not a real folder or
 * holds a symlink or anything but files and folders, and then nothing is left at `next` (`rm`
 * removes a link, never what it points to). Renamed first, so that a build interrupted while it
 * brings the tree up to date leaves a `next`, which `recoverOutput` makes the spare again.
 *
 * Nothing in it is trusted: a file is kept only when it is the current output's file itself
 * (`sameFile`); any other is unlinked and made fresh, and what the new generation does not have
 * is removed before the swap (`tidySpare`). So a spare a repository planted, or one a build
 * left half done, can cost time but never publish a file Waymark did not put there.
 */
export async function takeSpare(spare: string, next: string): Promise<SpareEntries | undefined> {
  const taken = await rename(spare, next).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  if (!taken) return undefined;
  const entries = (await lstat(next)).isDirectory() ? await listInside(next) : undefined;
  if (!entries || entries.some((e) => e.kind === "symlink" || e.kind === "other")) {
    await rm(next, { recursive: true, force: true });
    return undefined;
  }
  return new Map(entries.map((e) => [e.path, e.kind === "file" ? "file" : "folder"]));
}

/**
 * True when `a` and `b` are one file (same device and inode, read exactly as bigints): a spare's
 * file that is a hard link to the current output's needs nothing.
 */
export function sameFile(a: string, b: string): boolean {
  const x = lstatSync(a, { bigint: true, throwIfNoEntry: false });
  const y = lstatSync(b, { bigint: true, throwIfNoEntry: false });
  return !!x && !!y && x.isFile() && x.ino === y.ino && x.dev === y.dev;
}

/**
 * Removes from the tree at `next` what the spare held and the new generation did not claim:
 * each such entry in a folder the new generation has (`folders`; the tree's root always); the
 * rest went with their folder.
 */
export function tidySpare(next: string, left: SpareEntries, folders: ReadonlySet<string>): void {
  for (const [path, kind] of left) {
    const slash = path.lastIndexOf("/");
    if (slash >= 0 && !folders.has(path.slice(0, slash))) continue;
    const full = join(next, ...path.split("/"));
    if (kind === "file") unlinkSync(full);
    else rmSync(full, { recursive: true });
  }
  left.clear();
}
