import type { ItemUpdates, Progress } from "../../../model/types.js";
import { describeEvery } from "../../../model/update-every.js";
import { safeUrl } from "../safe-url.js";

/**
 * Where a progress figure comes from and as of when ("sub-issues of rust-lang/rust#123, as of
 * 2026-09-01"), shown beside the bar so a reader can tell a synced figure from a typed one.
 */
export function Provenance({ progress }: { progress?: Progress | null }) {
  if (!progress) return null;
  return (
    <span class="provenance" data-source={progress.source}>
      {provenanceText(progress)}
    </span>
  );
}

export function provenanceText(progress: Progress): string {
  const asOf = progress.asOf ? `, as of ${progress.asOf.slice(0, 10)}` : "";
  switch (progress.source) {
    case "milestones":
      return "milestones in the file";
    case "sub-issues":
      return `sub-issues of ${progress.of}${asOf}`;
    case "checkboxes":
      return `checkboxes in ${progress.of}${asOf}`;
    case "search":
      return `GitHub search${asOf}`;
    case "manual":
      return "set by hand";
  }
}

/** The stale marker: words, not colour alone, so it reads the same to everyone. */
export function StaleMark({ updates }: { updates: ItemUpdates }) {
  if (!updates.stale) return null;
  const every =
    updates.everyDays === undefined
      ? ""
      : `; updates are asked ${describeEvery(updates.everyDays)}`;
  const due = updates.due ? `due ${updates.due}` : "none yet";
  return (
    <span class="stale-mark" title={`Update overdue: ${due}${every}`}>
      Update overdue
    </span>
  );
}

/**
 * An item's last update: its date linking to the comment, and on item pages its author and
 * TL;DR (plain text from GitHub; Preact escapes it, and only http(s) links are kept).
 */
export function LastUpdate({ updates, full }: { updates?: ItemUpdates; full: boolean }) {
  if (!updates) return <span class="muted">Not synced</span>;
  const last = updates.updates.at(-1);
  const date = last?.date.slice(0, 10);
  const href = safeUrl(last?.url);
  return (
    <span class="last-update" data-stale={updates.stale ? "true" : "false"}>
      {!last ? <span class="muted">None yet</span> : href ? <a href={href}>{date}</a> : date}
      {full && last?.author && <> by @{last.author}</>}
      {full && last?.tldr && <>: {last.tldr}</>} <StaleMark updates={updates} />
      {full && (
        <span class="provenance">
          {updates.everyDays !== undefined && `Updates ${describeEvery(updates.everyDays)}`}
          {updates.due && `, next due ${updates.due}`}
          {updates.everyDays !== undefined ? "; " : ""}as of {updates.asOf.slice(0, 10)}
        </span>
      )}
    </span>
  );
}
