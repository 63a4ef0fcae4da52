import { addDays } from "../../model/calendar-dates.js";
import type { Config, Item, ItemUpdates } from "../../model/types.js";
import { DEFAULT_UPDATE_MARKER } from "../../model/update-marker.js";
import type { CachedIssue } from "../cache/read-cache.js";
import { issueKey } from "../forge.js";
import { findUpdates } from "./find-updates.js";

/**
 * An item's updates as the last sync saw them, and whether one is overdue: the next update is due
 * a cadence after the last one (or after the issue was opened, when there is none yet). Judged at
 * the sync's time, not today's: the cache knows no comment posted since. Finished work (a done or
 * paused item, a closed issue) is never stale. undefined when the cache has no facts for the item.
 */
export function updateStatus(
  item: Item,
  cached: CachedIssue | undefined,
  config: Pick<Config, "updates">,
): ItemUpdates | undefined {
  const facts = cached?.facts;
  if (!item.tracking || !cached || !facts) return undefined;
  const updates = findUpdates(facts.comments, {
    owners: item.owners,
    marker: config.updates?.marker ?? DEFAULT_UPDATE_MARKER,
  });
  const everyDays = item.updateEvery ?? config.updates?.everyDays;
  const due = nextDue(updates.at(-1)?.date ?? facts.createdAt, everyDays);
  const finished = item.state === "done" || item.state === "paused" || facts.state === "closed";
  const asOf = cached.syncedAt;
  return {
    of: issueKey(item.tracking),
    url: facts.url,
    updates,
    everyDays,
    due: finished ? undefined : due,
    openedAt: facts.createdAt,
    finished,
    stale: everyDays !== undefined && !finished && isPast(due, asOf),
    asOf,
  };
}

/** A cadence after `since` (an update's or the issue's ISO time); undefined if either is unknown. */
export function nextDue(
  since: string | undefined,
  everyDays: number | undefined,
): string | undefined {
  return since && everyDays !== undefined ? addDays(since, everyDays) : undefined;
}

/** Whether a due date had passed on the day of `at`; no due date at all (nothing known) has. */
export function isPast(due: string | undefined, at: string): boolean {
  return due === undefined || due < at.slice(0, 10);
}
