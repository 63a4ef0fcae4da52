import { openCache } from "../../src/track/cache/open-cache.js";
import { type CacheSnapshot, readCache } from "../../src/track/cache/read-cache.js";

/** What a workspace's sync cache holds now; the test fails if there is none. */
export async function readTrackCache(dir: string): Promise<CacheSnapshot> {
  const db = await openCache(dir, { create: false, readonly: true });
  if (!db) throw new Error(`no sync cache in ${dir}`);
  try {
    return await readCache(db);
  } finally {
    await db.destroy();
  }
}
