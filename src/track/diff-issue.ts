import type { IssueFacts } from "./forge.js";

/** What a sync changed about one issue, by field name, for `sync --json` and the summary. */
export function diffIssue(
  before: IssueFacts | null | undefined,
  after: IssueFacts | null,
): string[] {
  if (before === undefined) return ["new"];
  if (before === null || after === null)
    return before === after ? [] : [after ? "found" : "missing"];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const fields: [string, unknown, unknown][] = [
    ["state", before.state, after.state],
    ["title", before.title, after.title],
    ["labels", before.labels, after.labels],
    ["assignees", before.assignees, after.assignees],
    ["milestone", before.milestone, after.milestone],
    ["checkboxes", before.checkboxes, after.checkboxes],
    ["sub-issues", before.subIssues, after.subIssues],
    ["comments", before.commentCount, after.commentCount],
  ];
  return fields.filter(([, a, b]) => !same(a, b)).map(([name]) => name);
}
