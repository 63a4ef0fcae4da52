import { link, mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Content, createFresh, isNormalRelative } from "../write-inside.js";
import { siblings } from "./output-folder.js";
import { CACHE_DIR, CACHE_FILE } from "./site-cache.js";

/** A file of the new site: bytes rendered now, or a workspace file copied as is. */
export type OutputFile = { file: string } & Content;

/** What the new tree is made of. */
export interface SitePlan {
  /** Files written now. */
  write: OutputFile[];
  /** Files of the current output kept as they are (checked already): linked, not copied. */
  keep: string[];
  /** The signed manifest of the new tree. */
  manifest: string;
}

/**
 * Writes the new site as a whole tree beside the output folder (`.<out>.waymark-next`), then swaps
 * it in with two renames and removes the old tree: a reader, a web server or an interrupted build
 * sees the old site or the new one, never a mix. Unchanged files are hard links to the current
 * ones, so a rebuild costs a link per file, not a copy. The new tree is made by this call from
 * nothing (`mkdir` fails if it exists), and each file in it is created fresh (`O_EXCL`,
 * `O_NOFOLLOW`), so no write can pass through a link; `inspectOutput` has checked the old tree.
 */
export async function writeSite(out: string, plan: SitePlan): Promise<void> {
  const { next, old } = siblings(out);
  let moved = false;
  try {
    await writeTree(out, next, plan);
    moved = await rename(out, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
        return false;
      },
    );
    await rename(next, out);
  } catch (error) {
    // A failed write (full disk, a folder we may not write beside) leaves the old site in place.
    if (moved) await rename(old, out).catch(() => {});
    await rm(next, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  // `rm` removes links themselves, never what they point to; the old tree had none anyway.
  if (moved) await rm(old, { recursive: true, force: true });
}

/** Makes the new tree at `next` from nothing: `mkdir` fails if anything is there already. */
async function writeTree(out: string, next: string, plan: SitePlan): Promise<void> {
  await mkdir(next);
  const folders = new Set<string>();
  // For the interruption tests: slow the write phase down and say when it starts.
  const pause = Number(process.env.WAYMARK_TEST_WRITE_PAUSE_MS) || 0;
  if (pause) process.stderr.write("waymark: writing\n");
  const place = async (file: string, make: (path: string) => Promise<void>) => {
    if (!isNormalRelative(file)) throw new Error(`not a path inside the site: ${file}`);
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (folders.has(dir)) continue;
      await mkdir(join(next, dir));
      folders.add(dir);
    }
    await make(join(next, ...parts));
    if (pause) await sleep(pause);
  };
  for (const file of plan.keep) await place(file, (path) => link(join(out, file), path));
  for (const file of plan.write) await place(file.file, (path) => createFresh(path, file));
  const manifest = { bytes: Buffer.from(plan.manifest) };
  await place(`${CACHE_DIR}/${CACHE_FILE}`, (path) => createFresh(path, manifest));
}
