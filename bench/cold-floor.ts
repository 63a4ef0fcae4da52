// What a cold build cannot skip, whatever its renderer: the files it must write. `writeSameTree`
// makes a copy of a built site's tree (the same folders, file names and sizes, the bytes left
// as zeros) with plain synchronous calls, the cheapest way Node has to make those files.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";

export interface SiteShape {
  files: { path: string; size: number }[];
  bytes: number;
}

/** Every file under `site`, with its size. */
export function siteShape(site: string): SiteShape {
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: path.slice(site.length + 1), size: statSync(path).size };
    });
  return { files, bytes: files.reduce((sum, f) => sum + f.size, 0) };
}

/** Milliseconds to write `shape` into `into` (which must not exist), removed again after. */
export function writeSameTree(shape: SiteShape, into: string): number {
  const buffer = Buffer.alloc(Math.max(...shape.files.map((f) => f.size)));
  const started = performance.now();
  for (const { path, size } of shape.files) {
    const file = join(into, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, buffer.subarray(0, size));
  }
  const ms = performance.now() - started;
  rmSync(into, { recursive: true, force: true });
  return ms;
}
