import type { Generated } from "kysely";

/** The tables of `.waymark/cache.sqlite`; migrations.ts creates them. */
export interface CacheDatabase {
  /** One row per sync: when, how many requests, what changed. The history charts read these. */
  sync: {
    id: Generated<number>;
    started_at: string;
    finished_at: string;
    /** Host of the API (never a token, never userinfo). */
    api_host: string;
    requests: number;
    issues: number;
    changed: number;
  };
  /** The latest facts of each tracking issue; `facts` is IssueFacts as JSON, null when missing. */
  issue: {
    key: string;
    facts: string | null;
    updated_at: string | null;
    sub_done: number | null;
    sub_total: number | null;
    synced_at: string;
    sync_id: number;
  };
  /** Latest count of each tracked search. */
  search: {
    query: string;
    count: number;
    synced_at: string;
    sync_id: number;
  };
  /** Each issue's progress figures at each sync, for progress over time. */
  issue_history: {
    sync_id: number;
    key: string;
    state: string | null;
    sub_done: number | null;
    sub_total: number | null;
    checks_done: number | null;
    checks_total: number | null;
  };
  /** The open issues of the triage area; `facts` is AreaIssue as JSON. Kept with `left_at` once gone. */
  area_issue: {
    key: string;
    /** The entry of `triage.repositories` it was found under (owner/repo or an org). */
    scope: string;
    facts: string;
    updated_at: string;
    /** When a sync no longer found it open with the area label (closed or relabelled); null while open. */
    left_at: string | null;
    synced_at: string;
    sync_id: number;
  };
  /** Each scope entry's last full fetch: the area label, the open count, and when it was asked. */
  area_scope: {
    scope: string;
    area_label: string;
    open_count: number;
    /** When the sync that last checked it started: the next probe asks for changes since then. */
    checked_at: string;
    sync_id: number;
  };
  /** The area's pile counts at each sync that read it: the focus count over time. */
  area_history: {
    sync_id: number;
    focus: number;
    on_deck: number;
    other: number;
    uncategorised: number;
  };
  /** One row per `waymark triage --apply`. */
  triage_run: {
    id: Generated<number>;
    started_at: string;
    finished_at: string | null;
    planned: number;
    done: number;
    failed: number;
  };
  /** The audit log: every label write `triage --apply` made or tried, appended, never edited. */
  triage_write: {
    id: Generated<number>;
    run_id: number;
    at: string;
    issue: string;
    action: "add" | "remove";
    label: string;
    outcome: "done" | "failed";
    error: string | null;
  };
}
