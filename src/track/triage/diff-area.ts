import type { CachedArea } from "../cache/read-cache.js";
import type { AreaRecord } from "./sync-area.js";

export interface AreaChanges {
  /** Scope entries (repositories or orgs) in the config. */
  scopes: number;
  /** Entries fetched in full this sync (the others were unchanged). */
  fetched: number;
  /** Open issues in the area after this sync. */
  issues: number;
  /** Per issue: "new", "left", or the fields that changed ("labels", "assignees", "activity"). */
  changes: { issue: string; changes: string[] }[];
}

/** What a sync changed in the triage area, for `sync --json` and its summary line. */
export function diffArea(before: CachedArea, area: AreaRecord): AreaChanges {
  const changes: AreaChanges["changes"] = [];
  const open = new Map(
    [...before.issues].filter(([, i]) => !i.leftAt && area.scopes.includes(i.scope)),
  );
  for (const { scope, issues } of area.fetched) {
    const found = new Set(issues.map((i) => i.key));
    for (const issue of issues) {
      const old = before.issues.get(issue.key);
      open.set(issue.key, { facts: issue, scope, syncedAt: "" });
      if (!old || old.leftAt) {
        changes.push({ issue: issue.key, changes: ["new"] });
        continue;
      }
      const fields = [
        ["labels", old.facts.labels, issue.labels],
        ["assignees", old.facts.assignees, issue.assignees],
      ] as const;
      const changed = fields
        .filter(([, a, b]) => [...a].sort().join("\n") !== [...b].sort().join("\n"))
        .map(([name]) => name as string);
      if (old.facts.updatedAt !== issue.updatedAt) changed.push("activity");
      if (changed.length) changes.push({ issue: issue.key, changes: changed });
    }
    for (const [key, old] of before.issues) {
      if (old.scope === scope && !old.leftAt && !found.has(key)) {
        open.delete(key);
        changes.push({ issue: key, changes: ["left"] });
      }
    }
  }
  return {
    scopes: area.scopes.length,
    fetched: area.fetched.length,
    issues: open.size,
    changes: changes.sort((a, b) => a.issue.localeCompare(b.issue)),
  };
}
