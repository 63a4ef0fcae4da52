import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { CACHE_DIR, cachePath } from "./cache-path.js";
import type { CacheDatabase } from "./cache-schema.js";
import { cacheMigrations } from "./migrations.js";

export type Cache = Kysely<CacheDatabase>;

export { cachePath };

/**
 * Opens (and, for a sync, creates) the workspace's cache and brings its schema up to date.
 * Returns undefined when there is no cache and `create` is false: check, status and build then
 * simply have no facts. SQLite's journal makes every transaction all-or-nothing, so a process
 * killed mid-write leaves the previous sync's data, rolled back on the next open.
 *
 * With `readonly` (the commands that only read) the file is opened read-only and never migrated:
 * a cache left by an older version is read as it is (readCache treats newer tables as empty), so
 * reading never writes, and works on a read-only checkout.
 */
export async function openCache(
  root: string,
  { create, readonly = false }: { create: boolean; readonly?: boolean },
): Promise<Cache | undefined> {
  const path = cachePath(root);
  if (!create && !existsSync(path)) return undefined;
  if (create) ensureCacheDir(root);
  const database = new Database(path, readonly ? { readonly: true, fileMustExist: true } : {});
  database.pragma("busy_timeout = 5000");
  const db = new Kysely<CacheDatabase>({ dialect: new SqliteDialect({ database }) });
  if (readonly) return db;
  const { error } = await new Migrator({ db, provider: cacheMigrations }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** `.waymark/` with a `.gitignore` of its own, so the cache is never committed even without init. */
function ensureCacheDir(root: string): void {
  const dir = join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const ignore = join(dir, ".gitignore");
  if (!existsSync(ignore)) writeFileSync(ignore, "*\n", { flag: "wx" });
}
