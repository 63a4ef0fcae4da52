import type { IssueRef } from "../../model/types.js";
import { countCheckboxes } from "../count-checkboxes.js";
import { type IssueFacts, issueKey, type SubIssue } from "../forge.js";

/** Issues per aliased query: GitHub's node limits leave room for 50 × 100 comments. */
export const BATCH_SIZE = 50;
/** Sub-issues per page; an issue with more gets its own paginated follow-up. */
export const SUB_ISSUE_PAGE = 100;
/** Labels per page; likewise. */
export const LABEL_PAGE = 100;

const SUB_ISSUE_FIELDS = "number title state repository { nameWithOwner }";

const FRAGMENT = `fragment TrackedIssue on Issue {
  number title state url createdAt updatedAt closedAt body
  labels(first: ${LABEL_PAGE}) { nodes { name } pageInfo { hasNextPage endCursor } }
  assignees(first: 100) { nodes { login } }
  milestone { title }
  subIssuesSummary { total completed }
  subIssues(first: ${SUB_ISSUE_PAGE}) { nodes { ${SUB_ISSUE_FIELDS} } pageInfo { hasNextPage endCursor } }
  comments(last: $comments) { totalCount nodes { author { login } createdAt url body } }
}`;

/** The follow-up for an issue with more than one page of sub-issues (for paginate-graphql). */
export const SUB_ISSUES_PAGE_QUERY = `query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) {
    subIssues(first: ${SUB_ISSUE_PAGE}, after: $cursor) { nodes { ${SUB_ISSUE_FIELDS} } pageInfo { hasNextPage endCursor } }
  } }
}`;

/** The follow-up for an issue with more than one page of labels. */
export const LABELS_PAGE_QUERY = `query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) {
    labels(first: ${LABEL_PAGE}, after: $cursor) { nodes { name } pageInfo { hasNextPage endCursor } }
  } }
}`;

export interface RawSubIssue {
  number: number;
  title: string;
  state: string;
  repository: { nameWithOwner: string };
}

interface RawIssue {
  number: number;
  title: string;
  state: string;
  url: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  body: string;
  labels: {
    nodes: ({ name: string } | null)[];
    pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  } | null;
  assignees: { nodes: ({ login: string } | null)[] };
  milestone: { title: string } | null;
  subIssuesSummary: { total: number; completed: number };
  subIssues: {
    nodes: (RawSubIssue | null)[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  comments: {
    totalCount: number;
    nodes: ({
      author: { login: string } | null;
      createdAt: string;
      url: string;
      body: string;
    } | null)[];
  };
}

type BatchData = Record<string, Record<string, RawIssue | null> | null> | null | undefined;

export interface BatchQuery {
  query: string;
  variables: Record<string, string | number>;
  /** For each ref: the repository alias and the issue alias under it. */
  paths: { ref: IssueRef; repo: string; issue: string }[];
}

/** An issue whose sub-issues or labels go on past the batch's page, and where to go on from. */
export interface MorePages {
  key: string;
  cursor: string;
  connection: "subIssues" | "labels";
}

/** One aliased query for a batch of issues, grouped by repository, with owner and name as variables. */
export function buildIssueQuery(refs: IssueRef[], comments: number): BatchQuery {
  const aliased = aliasIssues(refs, "...TrackedIssue");
  const declarations = ["$comments: Int!", ...aliased.declarations].join(", ");
  return {
    query: `query(${declarations}) {\n${aliased.selections}\n}\n${FRAGMENT}`,
    variables: { comments, ...aliased.variables },
    paths: aliased.paths,
  };
}

/**
 * `r0: repository(owner: $o0, name: $n0) { i0: issue(number: 1) { …selection } … }` for each
 * repository of the refs: the shared shape of the batch query and the resync probe.
 */
export function aliasIssues(refs: IssueRef[], selection: string) {
  const byRepo = new Map<string, IssueRef[]>();
  for (const ref of refs) {
    const name = `${ref.owner}/${ref.repo}`;
    byRepo.set(name, [...(byRepo.get(name) ?? []), ref]);
  }
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const selections: string[] = [];
  const paths: BatchQuery["paths"] = [];
  for (const [r, group] of [...byRepo.values()].entries()) {
    const repo = `r${r}`;
    const first = group[0] as IssueRef;
    variables[`o${r}`] = first.owner;
    variables[`n${r}`] = first.repo;
    declarations.push(`$o${r}: String!`, `$n${r}: String!`);
    const issues = group.map((ref, i) => {
      paths.push({ ref, repo, issue: `i${i}` });
      return `i${i}: issue(number: ${ref.number}) { ${selection} }`;
    });
    selections.push(`${repo}: repository(owner: $o${r}, name: $n${r}) { ${issues.join(" ")} }`);
  }
  return { variables, declarations, selections: selections.join("\n"), paths };
}

/** The issues of a batch's answer as facts (null where missing), and which need more sub-issue pages. */
export function readIssueBatch(
  batch: BatchQuery,
  data: BatchData,
): { facts: Map<string, IssueFacts | null>; morePages: MorePages[] } {
  const facts = new Map<string, IssueFacts | null>();
  const morePages: MorePages[] = [];
  for (const { ref, repo, issue } of batch.paths) {
    const key = issueKey(ref);
    const raw = data?.[repo]?.[issue];
    if (!raw) {
      facts.set(key, null);
      continue;
    }
    facts.set(key, toFacts(key, raw));
    const page = raw.subIssues.pageInfo;
    if (page.hasNextPage && page.endCursor)
      morePages.push({ key, cursor: page.endCursor, connection: "subIssues" });
    const labels = raw.labels?.pageInfo;
    if (labels?.hasNextPage && labels.endCursor)
      morePages.push({ key, cursor: labels.endCursor, connection: "labels" });
  }
  return { facts, morePages };
}

export function toSubIssue(raw: RawSubIssue): SubIssue {
  return {
    key: `${raw.repository.nameWithOwner}#${raw.number}`,
    title: raw.title,
    state: raw.state === "CLOSED" ? "closed" : "open",
  };
}

function toFacts(key: string, raw: RawIssue): IssueFacts {
  const present = <T>(nodes: (T | null)[] | undefined) =>
    (nodes ?? []).filter((n): n is T => n !== null);
  return {
    key,
    title: raw.title,
    state: raw.state === "CLOSED" ? "closed" : "open",
    url: raw.url,
    labels: present(raw.labels?.nodes).map((l) => l.name),
    assignees: present(raw.assignees.nodes).map((a) => a.login),
    milestone: raw.milestone?.title,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    closedAt: raw.closedAt ?? undefined,
    checkboxes: countCheckboxes(raw.body ?? ""),
    subIssues: {
      done: raw.subIssuesSummary.completed,
      total: raw.subIssuesSummary.total,
      items: present(raw.subIssues.nodes).map(toSubIssue),
    },
    comments: present(raw.comments.nodes).map((c) => ({
      author: c.author?.login,
      createdAt: c.createdAt,
      url: c.url,
      body: c.body,
    })),
    commentCount: raw.comments.totalCount,
  };
}
