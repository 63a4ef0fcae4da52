import { walkItems } from "../../model/finalize.js";
import type { Item, ItemUpdate, Workspace } from "../../model/types.js";
import { issueKey } from "../forge.js";

/** One goal or initiative in the update report. */
export interface ReportEntry {
  item: Item;
  depth: number;
  /** `owner/repo#N`. */
  issue: string;
  /** The tracking issue on GitHub. */
  url: string;
  /** Whether the last sync read this issue; false: not synced, or missing on GitHub. */
  synced: boolean;
  /** Updates posted within the window, oldest first. */
  updates: ItemUpdate[];
  /** Help-wanted lines of those updates, with the update they came from. */
  helpWanted: { text: string; update: ItemUpdate }[];
}

export interface UpdateReport {
  from: string;
  to: string;
  /** Every item with a tracking issue, in roadmap order (goals, then their initiatives). */
  entries: ReportEntry[];
  /** Items without a tracking issue: they can have no updates. */
  untracked: Item[];
}

/**
 * What the update report for a window holds: per tracked item, the updates posted from `from` to
 * `to` (both YYYY-MM-DD, both days included), read from what the track stage set on each item.
 */
export function selectReport(workspace: Workspace, from: string, to: string): UpdateReport {
  const entries: ReportEntry[] = [];
  const untracked: Item[] = [];
  for (const { item, depth } of walkItems(workspace)) {
    if (!item.tracking) {
      untracked.push(item);
      continue;
    }
    const t = item.tracking;
    const updates = (item.updates?.updates ?? []).filter((u) => {
      const day = u.date.slice(0, 10);
      return day >= from && day <= to;
    });
    entries.push({
      item,
      depth,
      issue: issueKey(t),
      url: item.updates?.url ?? `https://github.com/${t.owner}/${t.repo}/issues/${t.number}`,
      synced: item.updates !== undefined,
      updates,
      helpWanted: updates.flatMap((update) => update.helpWanted.map((text) => ({ text, update }))),
    });
  }
  return { from, to, entries, untracked };
}
