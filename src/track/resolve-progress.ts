import type { Item, Progress, ProgressSource } from "../model/types.js";
import type { CachedIssue, CachedSearch } from "./cache/read-cache.js";
import { issueKey } from "./forge.js";

/** What progress needs from the synced facts. */
export interface ProgressFacts {
  issues: ReadonlyMap<string, CachedIssue>;
  searches: ReadonlyMap<string, CachedSearch>;
}

/** Sources tried in order when the front matter chooses none; a manual figure is its own choice. */
const DEFAULT_ORDER: ProgressSource[] = ["milestones", "sub-issues", "checkboxes", "search"];

/**
 * An item's progress from one source: the one its front matter chose, or else the first of
 * milestones in its file, sub-issues of its tracking issue, checkboxes in that issue's body and
 * a tracked search that has figures. Each figure says what it counts and as of when.
 */
export function resolveProgress(item: Item, facts: ProgressFacts): Progress | undefined {
  if (item.progress?.source === "manual") return item.progress;
  const chosen = item.progressFrom?.source;
  if (chosen) return fromSource(chosen, item, facts);
  for (const source of DEFAULT_ORDER) {
    const progress = fromSource(source, item, facts);
    if (progress) return progress;
  }
  return undefined;
}

function fromSource(
  source: ProgressSource,
  item: Item,
  facts: ProgressFacts,
): Progress | undefined {
  switch (source) {
    case "milestones": {
      if (!item.milestones.length) return undefined;
      const done = item.milestones.filter((m) => m.state === "done").length;
      return { done, total: item.milestones.length, source };
    }
    case "sub-issues":
    case "checkboxes": {
      const key = item.tracking && issueKey(item.tracking);
      const cached = key ? facts.issues.get(key) : undefined;
      const figures =
        source === "sub-issues" ? cached?.facts?.subIssues : cached?.facts?.checkboxes;
      if (!cached || !figures?.total) return undefined;
      return { done: figures.done, total: figures.total, source, of: key, asOf: cached.syncedAt };
    }
    case "search": {
      const search = item.progressFrom?.search;
      const done = search && facts.searches.get(search.done);
      const total = search && facts.searches.get(search.total);
      if (!search || !done || !total) return undefined;
      const [asOf] = [done.syncedAt, total.syncedAt].sort();
      return { done: done.count, total: total.count, source, of: search.total, asOf };
    }
    case "manual":
      return item.progress?.source === "manual" ? item.progress : undefined;
  }
}

/** "5/8 sub-issues of rust-lang/rust#123, as of 2026-09-01": a figure and where it came from. */
export function describeProgress(progress: Progress): string {
  const figure = `${progress.done}/${progress.total}`;
  const asOf = progress.asOf ? `, as of ${progress.asOf.slice(0, 10)}` : "";
  switch (progress.source) {
    case "milestones":
      return `${figure} milestones done`;
    case "sub-issues":
      return `${figure} sub-issues of ${progress.of} closed${asOf}`;
    case "checkboxes":
      return `${figure} checkboxes ticked in ${progress.of}${asOf}`;
    case "search":
      return `${figure} issues closed, by search \`${progress.of}\`${asOf}`;
    case "manual":
      return `${figure}, set by hand`;
  }
}
