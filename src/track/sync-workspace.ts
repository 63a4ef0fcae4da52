import type { IssueRef, Workspace } from "../model/types.js";
import type { Cache } from "./cache/open-cache.js";
import { type CacheSnapshot, readCache } from "./cache/read-cache.js";
import { writeSync } from "./cache/write-sync.js";
import { collectTracked } from "./collect-tracked.js";
import { diffIssue } from "./diff-issue.js";
import { type Forge, type IssueFacts, type IssueStamp, issueKey } from "./forge.js";
import { type AreaChanges, diffArea } from "./triage/diff-area.js";
import { fetchArea, planArea } from "./triage/sync-area.js";

/** The latest comments kept per tracking issue: updates are read from these. */
export const COMMENTS_KEPT = 100;

export interface SyncChange {
  issue: string;
  /** "new", "missing", "found", or the fields that changed ("state", "sub-issues", …). */
  changes: string[];
}

export interface SyncResult {
  syncId: number;
  issues: number;
  searches: number;
  /** Issues fetched in full: new to the cache, or changed since the last sync. */
  fetched: number;
  changes: SyncChange[];
  counts: { query: string; before?: number; after: number }[];
  requests: number;
  finishedAt: string;
  /** The triage area, when the workspace has a `triage:` config. */
  area?: AreaChanges;
}

export interface SyncOptions {
  apiHost: string;
  now?: () => Date;
  onProgress?(done: number, total: number): void;
}

/**
 * One sync: issues the cache knows are probed in one cheap request (with the searches); only
 * new or changed ones are fetched in full, 50 to a request. Everything is fetched before
 * anything is written, and the write is one transaction: a sync that fails or is killed leaves
 * the previous cache as it was.
 */
export async function syncWorkspace(
  workspace: Workspace,
  forge: Forge,
  db: Cache,
  options: SyncOptions,
): Promise<SyncResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const before = await readCache(db);
  const tracked = collectTracked(workspace);
  const known = tracked.issues.filter((ref) => before.issues.has(issueKey(ref)));
  const unknown = tracked.issues.filter((ref) => !before.issues.has(issueKey(ref)));
  const requestsBefore = forge.requests;
  const triage = workspace.config.triage;
  const areaPlan = triage && planArea(triage, before.area.scopes);
  // The area's probe counts ride in the same request as the tracked issues' probe.
  const probeSearches = [...new Set([...tracked.searches, ...(areaPlan?.probes.keys() ?? [])])];

  let counts = new Map<string, number>();
  let changed: IssueRef[] = [];
  if (known.length || probeSearches.length) {
    const probe = await forge.probe(known, probeSearches);
    counts = probe.counts;
    const stale = new Set(probe.stamps.filter((s) => isStale(s, before)).map((s) => s.key));
    changed = known.filter((ref) => stale.has(issueKey(ref)));
  }
  const toFetch = [...unknown, ...changed];
  const fetched = toFetch.length
    ? await forge.readIssues(toFetch, { comments: COMMENTS_KEPT, onProgress: options.onProgress })
    : new Map<string, IssueFacts | null>();
  const area =
    triage && areaPlan
      ? await fetchArea(forge, triage, areaPlan, counts, before.area.scopes, startedAt)
      : undefined;
  for (const search of areaPlan?.probes.keys() ?? [])
    if (!tracked.searches.includes(search)) counts.delete(search);
  const fetchedKeys = new Set(fetched.keys());
  const unchanged = known.map(issueKey).filter((key) => !fetchedKeys.has(key));
  const finishedAt = now().toISOString();
  const requests = forge.requests - requestsBefore;
  const syncId = await writeSync(db, {
    startedAt,
    finishedAt,
    apiHost: options.apiHost,
    requests,
    fetched,
    unchanged,
    previous: before.issues,
    counts,
    area,
  });
  const changes = [...fetched]
    .map(([issue, facts]) => ({
      issue,
      changes: diffIssue(before.issues.get(issue)?.facts, facts),
    }))
    .filter((c) => c.changes.length);
  return {
    syncId,
    issues: tracked.issues.length,
    searches: tracked.searches.length,
    fetched: fetched.size,
    changes,
    counts: [...counts].map(([query, after]) => ({
      query,
      before: before.searches.get(query)?.count,
      after,
    })),
    requests,
    finishedAt,
    area: area && diffArea(before.area, area),
  };
}

/** Whether the probe's fingerprint differs from what the cache holds. */
function isStale(stamp: IssueStamp, before: CacheSnapshot): boolean {
  const cached = before.issues.get(stamp.key)?.facts;
  if (cached === undefined) return true;
  if (cached === null || stamp.updatedAt === undefined)
    return (cached === null) !== (stamp.updatedAt === undefined);
  return (
    cached.updatedAt !== stamp.updatedAt ||
    cached.subIssues.done !== stamp.subIssues?.done ||
    cached.subIssues.total !== stamp.subIssues?.total
  );
}
