import { type Cache, openCache } from "./cache/open-cache.js";
import { type CacheSnapshot, readCache } from "./cache/read-cache.js";

export type TrackRead = { ok: true; snapshot?: CacheSnapshot } | { ok: false; reason: string };

/**
 * What the last `waymark sync` left in `<root>/.waymark/cache.sqlite`, read without the network.
 * No cache is no facts, not a problem; a cache that cannot be read is reported, and the
 * commands carry on without it.
 */
export async function readTrackFacts(root: string): Promise<TrackRead> {
  let db: Cache | undefined;
  try {
    db = await openCache(root, { create: false });
    if (!db) return { ok: true };
    return { ok: true, snapshot: await readCache(db) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await db?.destroy();
  }
}
