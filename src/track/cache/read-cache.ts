import type { IssueFacts } from "../forge.js";
import type { Cache } from "./open-cache.js";

export interface CachedIssue {
  /** null: the issue did not exist or was not visible at the last sync. */
  facts: IssueFacts | null;
  /** When a sync last confirmed these facts. */
  syncedAt: string;
}

export interface CachedSearch {
  count: number;
  syncedAt: string;
}

export interface CacheSnapshot {
  /** When the last sync finished; undefined when none has. */
  lastSync?: string;
  issues: Map<string, CachedIssue>;
  searches: Map<string, CachedSearch>;
}

/** Everything the checks and renderers use from the cache, read in three queries. */
export async function readCache(db: Cache): Promise<CacheSnapshot> {
  const last = await db
    .selectFrom("sync")
    .select("finished_at")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const issues = new Map<string, CachedIssue>();
  for (const row of await db.selectFrom("issue").select(["key", "facts", "synced_at"]).execute()) {
    const facts = row.facts === null ? null : (JSON.parse(row.facts) as IssueFacts);
    issues.set(row.key, { facts, syncedAt: row.synced_at });
  }
  const searches = new Map<string, CachedSearch>();
  for (const row of await db.selectFrom("search").selectAll().execute()) {
    searches.set(row.query, { count: row.count, syncedAt: row.synced_at });
  }
  return { lastSync: last?.finished_at, issues, searches };
}
