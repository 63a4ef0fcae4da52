import type { HistoryRow } from "./cache/read-history.js";

/** How one tracking issue's figures moved between two syncs. */
export interface IssueChange {
  key: string;
  /** "open → closed", "sub-issues 2/5 → 4/5", "checkboxes 1/3 → 3/3". */
  what: string[];
}

/**
 * What changed since `since` (ISO 8601): for each issue, the last sync that finished by then
 * against the latest sync, figure by figure. An issue first synced after `since` has nothing to
 * compare with and is left out, as is one whose figures are the same.
 */
export function changesSince(rows: readonly HistoryRow[], since: string): IssueChange[] {
  const then = new Map<string, HistoryRow>();
  const now = new Map<string, HistoryRow>();
  for (const row of rows) {
    if (row.at <= since) then.set(row.key, row);
    now.set(row.key, row);
  }
  const changes: IssueChange[] = [];
  for (const [key, before] of then) {
    const after = now.get(key)!;
    const what = [
      before.state !== after.state
        ? `${before.state ?? "missing"} → ${after.state ?? "missing"}`
        : "",
      ratio("sub-issues", before.subDone, before.subTotal, after.subDone, after.subTotal),
      ratio(
        "checkboxes",
        before.checksDone,
        before.checksTotal,
        after.checksDone,
        after.checksTotal,
      ),
    ].filter(Boolean);
    if (what.length) changes.push({ key, what });
  }
  return changes.sort((a, b) => a.key.localeCompare(b.key));
}

function ratio(
  name: string,
  d0: number | null,
  t0: number | null,
  d1: number | null,
  t1: number | null,
): string {
  if (d0 === d1 && t0 === t1) return "";
  const show = (d: number | null, t: number | null) => (t === null ? "none" : `${d ?? 0}/${t}`);
  return `${name} ${show(d0, t0)} → ${show(d1, t1)}`;
}
