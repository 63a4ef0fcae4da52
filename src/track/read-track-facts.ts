import { existsSync } from "node:fs";
import { cachePath } from "./cache/cache-path.js";
import { cacheStamp } from "./cache/cache-stamp.js";
import type { Cache } from "./cache/open-cache.js";
import type { CacheSnapshot } from "./cache/read-cache.js";

export type TrackRead = { ok: true; snapshot?: CacheSnapshot } | { ok: false; reason: string };

/**
 * What a long-running caller (serve) keeps of the last read: the cache is read again only when its
 * stamp (cacheStamp) changed, since with the history every read grows with every sync.
 */
export interface TrackMemo {
  stamp?: string;
  read?: TrackRead;
  /** Whether that read included the history. */
  history?: boolean;
  /** How many times the cache was actually read (for tests and bench/). */
  reads?: number;
}

/** readTrackFacts, or what `memo` kept when the cache's stamp is the same as then. */
export async function readTrackFactsMemo(
  root: string,
  options: { history?: boolean },
  memo: TrackMemo,
): Promise<TrackRead> {
  const stamp = cacheStamp(root);
  const history = Boolean(options.history);
  if (memo.read && memo.stamp === stamp && (memo.history || !history)) return memo.read;
  const read = await readTrackFacts(root, options);
  Object.assign(memo, { stamp, read, history, reads: (memo.reads ?? 0) + 1 });
  return read;
}

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
