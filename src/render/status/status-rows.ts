import type { Item, ItemKind, SlateStatus, State } from "../../model/types.js";
import { describeProgress } from "../../track/resolve-progress.js";

/** One line of a status table, and one object of `--json`: plain data, no formatting. */
export interface StatusRow {
  id: string;
  title: string;
  /** 0 for a goal, 1 for its initiatives, and so on. */
  depth: number;
  kind: ItemKind;
  state: State | null;
  progress: { done: number; total: number } | null;
  /** Where the figure came from and as of when: "5/8 sub-issues of rust-lang/rust#123 closed, as of 2026-09-01". */
  progressFrom: string | null;
  /** Handles of people, ids of teams. */
  owners: string[];
  status: SlateStatus | null;
  /** Ids of the teams asked for support. */
  teams: string[];
  theme: string | null;
  /** `owner/repo#N`. */
  tracking: string | null;
}

/** What a table shows as an item's name: the short title where there is one, as seed tables do. */
export function displayTitle(item: Item): string {
  return item.shortTitle ?? item.title;
}

export function toRow(item: Item, depth: number): StatusRow {
  const t = item.tracking;
  return {
    id: item.id,
    title: displayTitle(item),
    depth,
    kind: item.kind,
    state: item.state ?? null,
    progress: item.progress ? { done: item.progress.done, total: item.progress.total } : null,
    progressFrom: item.progress ? describeProgress(item.progress) : null,
    owners: [...item.owners],
    status: item.status ?? null,
    teams: item.asks.map((a) => a.team),
    theme: item.theme ?? null,
    tracking: t ? `${t.owner}/${t.repo}#${t.number}` : null,
  };
}
