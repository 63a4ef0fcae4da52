import { existsSync } from "node:fs";
import { cachePath } from "./cache/cache-path.js";
import type { Cache } from "./cache/open-cache.js";
import type { CacheSnapshot } from "./cache/read-cache.js";

export type TrackRead = { ok: true; snapshot?: CacheSnapshot } | { ok: false; reason: string };

/**
 * What the last `waymark sync` left in `<root>/.waymark/cache.sqlite`, read without the network.
 * No cache is no facts, not a problem; a cache that cannot be read is reported, and the
 * commands carry on without it.
 */
export async function readTrackFacts(
  root: string,
  options: { history?: boolean } = {},
): Promise<TrackRead> {
  if (!existsSync(cachePath(root))) return { ok: true };
  let db: Cache | undefined;
  try {
    // Loaded only when there is a cache: every command runs this stage.
    const { openCache } = await import("./cache/open-cache.js");
    const { readCache } = await import("./cache/read-cache.js");
    db = await openCache(root, { create: false, readonly: true });
    if (!db) return { ok: true };
    return { ok: true, snapshot: await readCache(db, options) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await db?.destroy();
  }
}
