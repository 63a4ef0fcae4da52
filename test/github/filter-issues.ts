import type { StoreIssue } from "./store.js";

export type IssueSortKey = "created" | "updated" | "comments";

/** One ordering for `issues(orderBy:)`, search's `sort:` and REST's `sort`/`direction`; ties by number. */
export function compareIssues(
  key: IssueSortKey,
  direction: "asc" | "desc",
): (a: StoreIssue, b: StoreIssue) => number {
  const sign = direction === "asc" ? 1 : -1;
  const value =
    key === "comments"
      ? (i: StoreIssue) => String(i.comments.length).padStart(12, "0")
      : key === "updated"
        ? (i: StoreIssue) => i.updatedAt
        : (i: StoreIssue) => i.createdAt;
  return (a, b) => value(a).localeCompare(value(b)) * sign || (a.number - b.number) * sign;
}

export interface IssueFilter {
  states?: ("OPEN" | "CLOSED")[];
  labels?: string[];
  /** GraphQL's `labels` match any of the names; REST's `labels` need all of them. */
  labelMatch?: "any" | "all";
  /** Updated at or after this ISO time. */
  since?: string;
  /** A login, `*` for any assignee, `none` for none. */
  assignee?: string;
  createdBy?: string;
  /** A milestone number, `*` for any milestone, `none` for none. */
  milestone?: string;
}

/** The filters GraphQL's `filterBy` and REST's list query share. */
export function filterIssues(issues: Iterable<StoreIssue>, f: IssueFilter): StoreIssue[] {
  const labels = f.labels?.map((l) => l.toLowerCase());
  const has = (i: StoreIssue, l: string) => i.labels.some((x) => x.toLowerCase() === l);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return [...issues].filter(
    (i) =>
      (!f.states || f.states.includes(i.state)) &&
      (!labels?.length ||
        (f.labelMatch === "all"
          ? labels.every((l) => has(i, l))
          : labels.some((l) => has(i, l)))) &&
      (!f.since || i.updatedAt >= f.since) &&
      (!f.createdBy || same(i.author, f.createdBy)) &&
      (f.assignee === undefined ||
        (f.assignee === "*"
          ? i.assignees.length > 0
          : f.assignee === "none"
            ? i.assignees.length === 0
            : i.assignees.some((a) => same(a, f.assignee!)))) &&
      (f.milestone === undefined ||
        (f.milestone === "*"
          ? i.milestone !== null
          : f.milestone === "none"
            ? i.milestone === null
            : String(i.milestone) === f.milestone)),
  );
}
