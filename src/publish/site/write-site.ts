import { mkdir, readdir, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { CACHE_DIR } from "./site-cache.js";

export interface OutputFile {
  /** Path inside the output folder, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

/** Every file in the output folder (except the cache), as relative POSIX paths. */
export async function listOutput(out: string): Promise<Set<string>> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Set<string>();
  for (const e of entries) {
    if (!e.isFile()) continue;
    const rel = relative(out, join(e.parentPath, e.name)).split(sep).join("/");
    if (rel !== CACHE_DIR && !rel.startsWith(`${CACHE_DIR}/`)) files.add(rel);
  }
  return files;
}

/** Refuses any path that would land outside the output folder; routes never make one. */
function inside(out: string, file: string): string {
  const abs = resolve(out, file);
  if (!abs.startsWith(out + sep)) throw new Error(`output path escapes the output folder: ${file}`);
  return abs;
}

/**
 * Writes the files that changed and removes the ones a previous build wrote that the site no
 * longer has. Only files this tool wrote are ever removed: other files in the folder are left.
 */
export async function writeSite(
  out: string,
  changed: OutputFile[],
  stale: string[],
): Promise<{ written: number; removed: number }> {
  await mkdir(out, { recursive: true });
  const dirs = new Set(changed.map((f) => dirname(inside(out, f.file))));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  await Promise.all(changed.map((f) => writeFile(inside(out, f.file), f.bytes)));
  for (const file of stale) {
    const abs = inside(out, file);
    await rm(abs, { force: true });
    // Prune folders the removal emptied, up to the output folder itself.
    for (let dir = dirname(abs); dir !== out && dir.startsWith(out + sep); dir = dirname(dir)) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
  return { written: changed.length, removed: stale.length };
}
