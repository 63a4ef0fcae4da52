import { execFileSync } from "node:child_process";
import { lstatSync } from "node:fs";
import { join, resolve } from "node:path";
import { listFiles } from "../../load/list-files.js";
import { parseVersion } from "../../load/parse-version.js";
import { cacheStamp } from "../../track/cache/cache-stamp.js";
import { digest } from "./digest.js";
import type { SiteInput } from "./load-site.js";
import { renderCodeVersion } from "./site-cache.js";

/**
 * A digest of everything a build reads, by stamp rather than content: every workspace file's
 * path, size, inode and mtime (a save changes them), the `--config` file and the sync cache, the
 * git commit (the feed's dates come from its log), our code, the options and the WAYMARK_*
 * settings. When it equals the last build's and the output is as that build left it, the build
 * has nothing to do. Undefined when something cannot be stamped: then the build runs.
 */
export async function buildInputsKey(
  options: SiteInput & { out: string },
): Promise<string | undefined> {
  const root = resolve(options.dir);
  try {
    const paths = (await listFiles(root)).sort();
    const stamps = paths.map((path) => `${path}\0${stampOf(join(root, path))}`);
    const config = options.config && `${options.config}\0${stampOf(options.config)}`;
    const settings = Object.entries(process.env)
      .filter(([name]) => name.startsWith("WAYMARK_"))
      .sort();
    return digest(
      await renderCodeVersion(),
      await parseVersion(),
      JSON.stringify([options, resolve(options.out), settings, commitOf(root)]),
      String(config),
      cacheStamp(root),
      ...stamps,
    );
  } catch {
    return undefined;
  }
}

/** Size, inode and mtime (ns) of a path, not followed; "none" when there is nothing there. */
function stampOf(path: string): string {
  const info = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  return info ? `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}` : "none";
}

/** The commit checked out, or "" outside a git repository (or without git). */
function commitOf(root: string): string {
  try {
    return execFileSync("git", ["-C", root, "rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "";
  }
}
