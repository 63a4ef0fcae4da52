import { addDays } from "../../model/cadence/calendar-dates.js";
import type { CalendarEvent } from "../../model/cadence/calendar-event.js";
import { occurrences } from "../../model/cadence/occurrences.js";
import type { AgendaIssue } from "../../render/agenda/triage-agenda.js";
import type { HistoryRow } from "../../track/cache/read-history.js";
import type { Facts } from "../../track/types.js";

/** The meeting an agenda is for: the series' first meeting on or after `date`, and its neighbours. */
export function meetingAround(
  event: CalendarEvent | undefined,
  date: string,
  fallbackDays: number,
): { on: string; previous: string; next: string } {
  if (!event)
    return { on: date, previous: addDays(date, -fallbackDays), next: addDays(date, fallbackDays) };
  const [on, next] = occurrences(event, date, 2).map((o) => o.date);
  const before = occurrences(event, addDays(date, -70), 40)
    .map((o) => o.date)
    .filter((d) => d < (on ?? date));
  return {
    on: on ?? date,
    previous: before.at(-1) ?? addDays(on ?? date, -fallbackDays),
    next: next ?? addDays(on ?? date, fallbackDays),
  };
}

/**
 * The triage area's open issues as the last sync cached them, with when. Read through this one
 * function so the agenda does not depend on the cache's shape: `facts.area` is filled once the
 * triage sync has run (issue 12, items 1–2); before that there is nothing to list.
 */
export function areaIssues(facts: Facts): { issues: AgendaIssue[]; asOf?: string } {
  const area = (facts as { area?: { issues?: Map<string, CachedAreaIssue> } }).area;
  const cached = [...(area?.issues?.values() ?? [])].filter((i) => !i.leftAt);
  const asOf = cached
    .map((i) => i.syncedAt)
    .sort()
    .at(-1);
  return { issues: cached.map((i) => i.facts), ...(asOf ? { asOf } : {}) };
}

interface CachedAreaIssue {
  facts: AgendaIssue;
  leftAt?: string;
  syncedAt: string;
}

/** The sync history, or none when the workspace has no cache (loaded only when it has one). */
export async function historyOf(root: string): Promise<HistoryRow[]> {
  const { openCache } = await import("../../track/cache/open-cache.js");
  const { readIssueHistory } = await import("../../track/cache/read-history.js");
  const db = await openCache(root, { create: false, readonly: true });
  if (!db) return [];
  try {
    return await readIssueHistory(db);
  } finally {
    await db.destroy();
  }
}
