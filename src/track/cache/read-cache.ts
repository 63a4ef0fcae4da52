import { sql } from "kysely";
import type { AreaIssue, IssueFacts } from "../forge.js";
import type { CachedScope } from "../triage/sync-area.js";
import type { Cache } from "./open-cache.js";
import { type AreaCount, readAreaHistory } from "./read-area-history.js";
import { type HistoryRow, readIssueHistory } from "./read-history.js";

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

/** An issue of the triage area as the last sync that fetched its scope left it. */
export interface CachedAreaIssue {
  facts: AreaIssue;
  /** The entry of `triage.repositories` it was found under. */
  scope: string;
  /** When a sync stopped finding it open with the area label; undefined while it is. */
  leftAt?: string;
  syncedAt: string;
}

export interface CachedArea {
  scopes: Map<string, CachedScope>;
  issues: Map<string, CachedAreaIssue>;
  /** When the last `triage --apply` that finished started; focus issues that left after it free a slot. */
  lastApplied?: string;
  /** The piles' sizes at every sync that read the area, oldest first (the focus chart). */
  history?: AreaCount[];
}

export interface CacheSnapshot {
  /** When the last sync finished; undefined when none has. */
  lastSync?: string;
  issues: Map<string, CachedIssue>;
  searches: Map<string, CachedSearch>;
  /** The triage area; empty maps before the first sync with a `triage:` config. */
  area: CachedArea;
  /** Each tracking issue's figures at every sync, oldest first, by `owner/repo#N` (the burn-ups); read only when asked. */
  history?: Map<string, HistoryRow[]>;
}

/**
 * Everything the checks and renderers use from the cache, read in eight queries; with `history`,
 * also every issue's figures at every sync (the charts), which grows with each sync and so is read
 * only by the commands that draw or forecast.
 */
export async function readCache(
  db: Cache,
  { history: withHistory = false } = {},
): Promise<CacheSnapshot> {
  // Readers open the cache read-only and unmigrated, so an older version's cache may lack the
  // later migrations' tables: those read as empty until the next sync adds them.
  const tables = await tablesOf(db);
  if (!tables.has("sync")) throw new Error(OLD_SCHEMA);
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
  const area = tables.has("area_issue") ? await readArea(db, tables) : EMPTY_AREA();
  if (!withHistory) return { lastSync: last?.finished_at, issues, searches, area };
  const history = new Map<string, HistoryRow[]>();
  for (const row of await readIssueHistory(db)) {
    const rows = history.get(row.key) ?? [];
    if (!rows.length) history.set(row.key, rows);
    rows.push(row);
  }
  return { lastSync: last?.finished_at, issues, searches, area, history };
}

const OLD_SCHEMA = "its schema predates this waymark; `waymark sync` updates it";

const EMPTY_AREA = (): CachedArea => ({ scopes: new Map(), issues: new Map(), history: [] });

async function tablesOf(db: Cache): Promise<Set<string>> {
  const { rows } = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table'`.execute(db);
  return new Set(rows.map((row) => row.name));
}

async function readArea(db: Cache, tables: Set<string>): Promise<CachedArea> {
  const scopes = new Map<string, CachedScope>();
  for (const row of await db.selectFrom("area_scope").selectAll().execute()) {
    scopes.set(row.scope, {
      areaLabel: row.area_label,
      openCount: row.open_count,
      checkedAt: row.checked_at,
    });
  }
  const issues = new Map<string, CachedAreaIssue>();
  for (const row of await db.selectFrom("area_issue").selectAll().orderBy("key").execute()) {
    issues.set(row.key, {
      facts: JSON.parse(row.facts) as AreaIssue,
      scope: row.scope,
      leftAt: row.left_at ?? undefined,
      syncedAt: row.synced_at,
    });
  }
  const run = await db
    .selectFrom("triage_run")
    .select("started_at")
    .where("finished_at", "is not", null)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const history = tables.has("area_history") ? await readAreaHistory(db) : [];
  return { scopes, issues, lastApplied: run?.started_at, history };
}
