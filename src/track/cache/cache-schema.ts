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
}
