import { join } from "node:path";

export const CACHE_DIR = ".waymark";
export const CACHE_FILE = "cache.sqlite";

/**
 * Where a workspace's sync cache lives. Kept apart from open-cache.ts so that commands can look
 * for the cache without loading kysely and better-sqlite3 (hundreds of module files) at start-up.
 */
export function cachePath(root: string): string {
  return join(root, CACHE_DIR, CACHE_FILE);
}
