import type { AreaIssue } from "../forge.js";

/** Issues per page of an area search: GitHub's maximum for a connection. */
export const AREA_PAGE = 100;

/**
 * One page of an issue search with what triage reads of each issue; shaped for
 * plugin-paginate-graphql (`$cursor`, `pageInfo` last). Labels stop at 100 per issue, which no
 * triage label set comes near.
 */
export const AREA_QUERY = `query($search: String!, $cursor: String) {
  search(query: $search, type: ISSUE, first: ${AREA_PAGE}, after: $cursor) {
    issueCount
    nodes { ... on Issue {
      number title url state createdAt updatedAt
      repository { nameWithOwner }
      labels(first: 100) { nodes { name } }
      assignees(first: 20) { nodes { login } }
      reactions { totalCount }
      thumbsUp: reactions(content: THUMBS_UP) { totalCount }
      comments { totalCount }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface RawAreaIssue {
  number?: number;
  title: string;
  url: string;
  state: string;
  createdAt: string;
  updatedAt: string;
  repository: { nameWithOwner: string };
  labels: { nodes: ({ name: string } | null)[] } | null;
  assignees: { nodes: ({ login: string } | null)[] };
  reactions: { totalCount: number };
  thumbsUp: { totalCount: number };
  comments: { totalCount: number };
}

export interface AreaPage {
  search: { nodes: (RawAreaIssue | Record<string, never> | null)[] };
}

/** The issues of one page; pull requests (empty nodes: the fragment is on Issue) are skipped. */
export function readAreaPage(page: AreaPage): AreaIssue[] {
  const issues: AreaIssue[] = [];
  for (const node of page.search.nodes) {
    if (!node || !("number" in node) || node.number === undefined) continue;
    const raw = node as RawAreaIssue;
    const present = <T>(nodes: (T | null)[] | undefined) =>
      (nodes ?? []).filter((n): n is T => n !== null);
    issues.push({
      key: `${raw.repository.nameWithOwner}#${raw.number}`,
      title: raw.title,
      url: raw.url,
      state: raw.state === "CLOSED" ? "closed" : "open",
      labels: present(raw.labels?.nodes).map((l) => l.name),
      assignees: present(raw.assignees.nodes).map((a) => a.login),
      reactions: { total: raw.reactions.totalCount, thumbsUp: raw.thumbsUp.totalCount },
      comments: raw.comments.totalCount,
      createdAt: raw.createdAt,
      updatedAt: raw.updatedAt,
    });
  }
  return issues;
}
