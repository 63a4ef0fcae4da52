import type { IssueRef, Workspace } from "../model/types.js";
import { issueKey } from "./forge.js";

export interface Tracked {
  /** Each tracking issue once, in item order. */
  issues: IssueRef[];
  /** Each tracked search once. */
  searches: string[];
}

/** What a sync fetches for a workspace: its items' tracking issues and tracked searches. */
export function collectTracked(workspace: Workspace): Tracked {
  const issues = new Map<string, IssueRef>();
  const searches = new Set<string>();
  for (const item of workspace.items) {
    if (item.tracking) issues.set(issueKey(item.tracking), item.tracking);
    const search = item.progressFrom?.search;
    if (search) searches.add(search.done).add(search.total);
  }
  return { issues: [...issues.values()], searches: [...searches] };
}
