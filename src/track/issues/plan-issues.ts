import type { IssueRef } from "../../model/types.js";
import { type IssueFacts, issueKey } from "../forge.js";

/** A goal as `waymark issues` sees it: what its tracking issue should say. */
export interface GoalIssue {
  id: string;
  /** Workspace-relative path of the goal's file (where a new issue number is written). */
  file: string;
  title: string;
  /** GitHub logins of the goal's owners (people, not teams). */
  assignees: string[];
  tracking?: IssueRef;
}

export interface IssueSettings {
  /** Where new tracking issues are opened (`owner/repo`); needed only to create one. */
  repository?: { owner: string; repo: string };
  /** Labels every tracking issue carries. */
  labels: string[];
  /** The period's milestone title. */
  milestone: string;
  /** The body of a new issue, made from its goal. */
  body(goal: GoalIssue): string;
}

/** One write to GitHub or to a goal file, in the order they are made. */
export type IssueWrite =
  | { kind: "create-milestone"; repo: string; title: string }
  | {
      kind: "create-issue";
      goal: string;
      file: string;
      repo: string;
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
      milestone: string;
    }
  | { kind: "set-title"; goal: string; issue: string; from: string; to: string }
  | { kind: "add-labels"; goal: string; issue: string; labels: string[] }
  | { kind: "set-milestone"; goal: string; issue: string; from?: string; to: string }
  | { kind: "add-assignees"; goal: string; issue: string; assignees: string[] };

export interface IssuePlan {
  writes: IssueWrite[];
  /** Goals left alone, and why (their tracking issue is missing, or no repository to open one). */
  skipped: {
    goal: string;
    file: string;
    reason: "missing-issue" | "no-repository" | "cannot-record";
    issue?: string;
  }[];
}

const lower = (s: string) => s.toLowerCase();
const repoOf = (ref: { owner: string; repo: string }) => `${ref.owner}/${ref.repo}`;

/**
 * What to write so each goal's tracking issue has its title, the configured labels, the period's
 * milestone and its owners as assignees. Only ever adds: a label, an assignee or a milestone
 * someone else set is never removed (a different milestone is replaced, as an issue has one).
 * Pure: `issues` is what GitHub holds now (null for an issue that is missing), `milestones` the
 * milestone titles each repository has.
 */
export function planIssues(
  goals: GoalIssue[],
  issues: Map<string, IssueFacts | null>,
  milestones: Map<string, string[]>,
  settings: IssueSettings,
): IssuePlan {
  const plan: IssuePlan = { writes: [], skipped: [] };
  const milestoneWrites: IssueWrite[] = [];
  const needMilestone = (repo: string) => {
    const known = milestones.get(repo) ?? [];
    if (known.includes(settings.milestone)) return;
    if (milestoneWrites.some((w) => w.kind === "create-milestone" && w.repo === repo)) return;
    milestoneWrites.push({ kind: "create-milestone", repo, title: settings.milestone });
  };
  for (const goal of goals) {
    if (!goal.tracking) {
      if (!settings.repository) {
        plan.skipped.push({ goal: goal.id, file: goal.file, reason: "no-repository" });
        continue;
      }
      const repo = repoOf(settings.repository);
      needMilestone(repo);
      plan.writes.push({
        kind: "create-issue",
        goal: goal.id,
        file: goal.file,
        repo,
        title: goal.title,
        body: settings.body(goal),
        labels: settings.labels,
        assignees: goal.assignees,
        milestone: settings.milestone,
      });
      continue;
    }
    const issue = issueKey(goal.tracking);
    const facts = issues.get(issue);
    if (!facts) {
      plan.skipped.push({ goal: goal.id, file: goal.file, reason: "missing-issue", issue });
      continue;
    }
    const at = { goal: goal.id, issue };
    if (facts.title !== goal.title)
      plan.writes.push({ kind: "set-title", ...at, from: facts.title, to: goal.title });
    const has = new Set(facts.labels.map(lower));
    const labels = settings.labels.filter((l) => !has.has(lower(l)));
    if (labels.length) plan.writes.push({ kind: "add-labels", ...at, labels });
    if (facts.milestone !== settings.milestone) {
      needMilestone(repoOf(goal.tracking));
      plan.writes.push({
        kind: "set-milestone",
        ...at,
        from: facts.milestone,
        to: settings.milestone,
      });
    }
    const assigned = new Set(facts.assignees.map(lower));
    const assignees = goal.assignees.filter((a) => !assigned.has(lower(a)));
    if (assignees.length) plan.writes.push({ kind: "add-assignees", ...at, assignees });
  }
  plan.writes.unshift(...milestoneWrites);
  return plan;
}
