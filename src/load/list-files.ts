import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Folders that never hold workspace content. */
const SKIPPED = new Set(["node_modules", ".git", "_site", "dist", "book", "target"]);

/** Whether `listFiles` lists a path (relative, POSIX): no hidden or skipped folder on the way. */
export function isListed(path: string): boolean {
  return path
    .split("/")
    .every((part) => part !== "" && !part.startsWith(".") && !SKIPPED.has(part));
}

/**
 * Every file below `root`, as sorted POSIX paths relative to it. Hidden entries are skipped.
 * Walked synchronously: faster than a promise per folder, and the caller waits for all anyway.
 */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  function walk(dir: string, prefix: string): void {
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIPPED.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), rel);
      else if (entry.isFile()) out.push(rel);
    }
  }
  walk(root, "");
  return out.sort();
}
