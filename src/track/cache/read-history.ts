import type { Cache } from "./open-cache.js";

/** One issue's figures as one sync saw them. */
export interface HistoryRow {
  key: string;
  /** When that sync finished, ISO 8601. */
  at: string;
  state: string | null;
  subDone: number | null;
  subTotal: number | null;
  checksDone: number | null;
  checksTotal: number | null;
}

/** Every issue_history row with its sync's finish time, oldest sync first. */
export async function readIssueHistory(db: Cache): Promise<HistoryRow[]> {
  const rows = await db
    .selectFrom("issue_history")
    .innerJoin("sync", "sync.id", "issue_history.sync_id")
    .select([
      "issue_history.key as key",
      "sync.finished_at as at",
      "issue_history.state as state",
      "issue_history.sub_done as subDone",
      "issue_history.sub_total as subTotal",
      "issue_history.checks_done as checksDone",
      "issue_history.checks_total as checksTotal",
    ])
    .orderBy("sync.id")
    .orderBy("issue_history.key")
    .execute();
  return rows;
}
