import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Files that mark a workspace's root: Waymark's own configuration, or the `book.toml` of an mdBook
 * checkout (wg-async, rust-project-goals).
 */
const ROOT_MARKERS = ["waymark.yaml", "book.toml"];

const isRoot = (dir: string) => ROOT_MARKERS.some((name) => existsSync(join(dir, name)));

/**
 * The workspace a folder belongs to, found as git finds its repository: the folder itself when it
 * holds a root marker, else the nearest parent that does. Undefined when no folder up to the file
 * system's root has one, so the caller keeps the folder it was given (and reports it).
 */
export function findWorkspaceRoot(dir: string): string | undefined {
  let at = resolve(dir);
  for (;;) {
    if (isRoot(at)) return at;
    const parent = dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
}
