import { daysBetween } from "../../model/calendar-dates.js";
import { walkItems } from "../../model/finalize.js";
import type { Item, ItemUpdate, Workspace } from "../../model/types.js";
import { isPast, nextDue } from "./update-status.js";

/** An item that needs an update by its cadence on the reminder's date. */
export interface Reminder {
  item: Item;
  /** `owner/repo#N` and its URL. */
  issue: string;
  url: string;
  last?: ItemUpdate;
  everyDays: number;
  /** When the update was due (YYYY-MM-DD); undefined when nothing tells (no update, no opening date). */
  due?: string;
  /** Days past due on the date; 0 when due that day. */
  overdueDays?: number;
}

export interface Digest {
  /** A person's handle or a team's id, as the item names it. */
  owner: string;
  reminders: Reminder[];
}

export interface Reminders {
  date: string;
  /** One digest per owner, in the order owners first appear on the roadmap. */
  digests: Digest[];
  /** Items that need an update but have no owner to remind. */
  unowned: Reminder[];
}

/**
 * The items whose next update is due on or before `date` (YYYY-MM-DD), by the cadence the track
 * stage worked out, grouped by owner: an item with two owners is in both digests.
 */
export function selectReminders(workspace: Workspace, date: string): Reminders {
  const digests = new Map<string, Reminder[]>();
  const unowned: Reminder[] = [];
  for (const { item } of walkItems(workspace)) {
    const reminder = reminderFor(item, date);
    if (!reminder) continue;
    if (!item.owners.length) unowned.push(reminder);
    for (const owner of new Set(item.owners)) {
      if (!digests.has(owner)) digests.set(owner, []);
      digests.get(owner)?.push(reminder);
    }
  }
  return {
    date,
    digests: [...digests].map(([owner, reminders]) => ({ owner, reminders })),
    unowned,
  };
}

function reminderFor(item: Item, date: string): Reminder | undefined {
  const status = item.updates;
  if (!status || status.everyDays === undefined || status.finished) return undefined;
  // As it stood on the date: an update posted after it does not count, even if synced since.
  const last = status.updates.filter((u) => u.date.slice(0, 10) <= date).at(-1);
  const due = nextDue(last?.date ?? status.openedAt, status.everyDays);
  if (!isPast(due, date) && due !== date) return undefined;
  return {
    item,
    issue: status.of,
    url: status.url,
    last,
    everyDays: status.everyDays,
    due,
    overdueDays: due ? daysBetween(due, date) : undefined,
  };
}
