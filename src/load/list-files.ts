import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Folders that never hold workspace content. */
const SKIPPED = new Set(["node_modules", ".git", "_site", "dist", "book", "target"]);

/** Every file below `root`, as sorted POSIX paths relative to it. Hidden entries are skipped. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIPPED.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel);
      else if (entry.isFile()) out.push(rel);
    }
  }
  await walk(root, "");
  return out.sort();
}
