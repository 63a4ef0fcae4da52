import type { FieldTarget } from "../../create/splice-field.js";
import type { IssueRef, Workspace } from "../../model/types.js";
import type { GoalIssue } from "./plan-issues.js";

/** The accepted goals of a period (top-level goals, not initiatives), as `waymark issues` sees them. */
export function collectGoalIssues(workspace: Workspace, period: string): GoalIssue[] {
  const teams = workspace.config.teams;
  return workspace.items
    .filter((i) => i.kind === "goal" && i.period === period && i.status === "accepted")
    .map((item) => ({
      id: item.id,
      file: item.file,
      title: item.title,
      // Owners are people's handles (their GitHub logins) or team ids; only people are assigned.
      assignees: item.owners.map((o) => o.replace(/^@/, "")).filter((o) => !teams.has(o)),
      tracking: item.tracking,
    }));
}

/** Every period the workspace names: its period files, waymark.yaml's periods, its goals'. */
export function knownPeriods(workspace: Workspace): { id: string; start?: string; end?: string }[] {
  const byId = new Map<string, { id: string; start?: string; end?: string }>();
  for (const p of [...workspace.config.periods, ...workspace.periods])
    byId.set(p.id, { ...byId.get(p.id), ...p, id: p.id });
  for (const item of workspace.items)
    if (item.period && !byId.has(item.period)) byId.set(item.period, { id: item.period });
  return [...byId.values()];
}

/** The period `waymark issues` works on by default: the one running today, else the latest. */
export function defaultPeriod(workspace: Workspace, today: string): string | undefined {
  const periods = knownPeriods(workspace);
  const running = periods.find((p) => p.start && p.end && p.start <= today && today <= p.end);
  if (running) return running.id;
  return periods
    .map((p) => p.id)
    .sort()
    .at(-1);
}

/** Where a layout keeps a goal's tracking issue, as a splice target; undefined when it has none. */
export function trackingField(layout: Workspace["layout"], ref: IssueRef): FieldTarget | undefined {
  const key = `${ref.owner}/${ref.repo}#${ref.number}`;
  if (layout === "waymark") return { in: "front-matter", key: "tracking", value: key };
  if (layout === "rust-project-goals")
    return { in: "metadata-table", key: "Tracking issue", value: `[${key}]` };
  return undefined;
}
