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
