import type { IssueRef } from "../../model/types.js";
import { type Forge, parseIssueKey } from "../forge.js";
import type { IssueWrite } from "./plan-issues.js";

export interface AppliedWrite {
  write: IssueWrite;
  /** The issue a `create-issue` opened. */
  created?: IssueRef;
}

const splitRepo = (repo: string) => {
  const [owner, name] = repo.split("/") as [string, string];
  return { owner, repo: name };
};

/**
 * Makes the planned writes in order, one forge call each. A new issue's number is handed to
 * `recordIssue` at once (it writes it into the goal file), so a failure later in the run never
 * loses an issue already opened: the next run finds it in the file and only completes it.
 * Milestone titles are resolved to numbers with `milestones` (title → number per repository),
 * which the milestones created here are added to.
 */
export async function applyIssues(
  writes: IssueWrite[],
  forge: Forge,
  milestones: Map<string, Map<string, number>>,
  recordIssue: (goal: string, file: string, ref: IssueRef) => Promise<void>,
  onWrite?: (applied: AppliedWrite) => void,
): Promise<AppliedWrite[]> {
  const done: AppliedWrite[] = [];
  const numberOf = (repo: string, title: string) => {
    const number = milestones.get(repo)?.get(title);
    if (number === undefined) throw new Error(`milestone ${title} of ${repo} was not created`);
    return number;
  };
  const refOf = (key: string) => parseIssueKey(key) as IssueRef;
  for (const write of writes) {
    let created: IssueRef | undefined;
    switch (write.kind) {
      case "create-milestone": {
        const number = await forge.createMilestone(splitRepo(write.repo), write.title);
        if (!milestones.has(write.repo)) milestones.set(write.repo, new Map());
        milestones.get(write.repo)?.set(write.title, number);
        break;
      }
      case "create-issue":
        created = await forge.createIssue({
          ...splitRepo(write.repo),
          title: write.title,
          body: write.body,
          labels: write.labels,
          assignees: write.assignees,
          milestone: numberOf(write.repo, write.milestone),
        });
        await recordIssue(write.goal, write.file, created);
        break;
      case "set-title":
        await forge.updateIssue(refOf(write.issue), { title: write.to });
        break;
      case "add-labels":
        await forge.addLabels(refOf(write.issue), write.labels);
        break;
      case "set-milestone": {
        const ref = refOf(write.issue);
        await forge.setMilestone(ref, numberOf(`${ref.owner}/${ref.repo}`, write.to));
        break;
      }
      case "add-assignees":
        await forge.addAssignees(refOf(write.issue), write.assignees);
        break;
    }
    const applied = created ? { write, created } : { write };
    done.push(applied);
    onWrite?.(applied);
  }
  return done;
}
