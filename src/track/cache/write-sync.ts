import type { IssueFacts } from "../forge.js";
import type { AreaRecord } from "../triage/sync-area.js";
import type { Cache } from "./open-cache.js";
import type { CachedIssue } from "./read-cache.js";
import { writeArea } from "./write-area.js";

export interface SyncRecord {
  startedAt: string;
  finishedAt: string;
  apiHost: string;
  requests: number;
  /** Issues fetched in full this sync (null: missing or not visible). */
  fetched: Map<string, IssueFacts | null>;
  /** Issues the probe found unchanged: only their sync time moves. */
  unchanged: string[];
  /** What the cache held before, for the history rows of unchanged issues. */
  previous: Map<string, CachedIssue>;
  counts: Map<string, number>;
  /** The triage area's scopes and issues, when the workspace has a `triage:` config. */
  area?: AreaRecord;
}

/**
 * Writes one sync in one transaction: its history row, the issues fetched, the searches counted,
 * and each issue's figures as of this sync. Either all of it lands or none of it does.
 */
export async function writeSync(db: Cache, record: SyncRecord): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("sync")
      .values({
        started_at: record.startedAt,
        finished_at: record.finishedAt,
        api_host: record.apiHost,
        requests: record.requests,
        issues: record.fetched.size + record.unchanged.length,
        changed: record.fetched.size,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const at = record.finishedAt;
    for (const [key, facts] of record.fetched) {
      const row = {
        facts: facts ? JSON.stringify(facts) : null,
        updated_at: facts?.updatedAt ?? null,
        sub_done: facts?.subIssues.done ?? null,
        sub_total: facts?.subIssues.total ?? null,
        synced_at: at,
        sync_id: id,
      };
      await trx
        .insertInto("issue")
        .values({ key, ...row })
        .onConflict((c) => c.column("key").doUpdateSet(row))
        .execute();
    }
    if (record.unchanged.length) {
      await trx
        .updateTable("issue")
        .set({ synced_at: at, sync_id: id })
        .where("key", "in", record.unchanged)
        .execute();
    }
    for (const [query, count] of record.counts) {
      const row = { count, synced_at: at, sync_id: id };
      await trx
        .insertInto("search")
        .values({ query, ...row })
        .onConflict((c) => c.column("query").doUpdateSet(row))
        .execute();
    }
    const current = (key: string) =>
      record.fetched.has(key) ? record.fetched.get(key) : record.previous.get(key)?.facts;
    for (const key of [...record.fetched.keys(), ...record.unchanged]) {
      const facts = current(key) ?? null;
      await trx
        .insertInto("issue_history")
        .values({
          sync_id: id,
          key,
          state: facts?.state ?? null,
          sub_done: facts?.subIssues.done ?? null,
          sub_total: facts?.subIssues.total ?? null,
          checks_done: facts?.checkboxes.done ?? null,
          checks_total: facts?.checkboxes.total ?? null,
        })
        .execute();
    }
    if (record.area) await writeArea(trx, record.area, id, at);
    return id;
  });
}
