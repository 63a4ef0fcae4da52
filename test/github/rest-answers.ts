import { compareIssues, filterIssues, type IssueSortKey } from "./filter-issues.js";
import type { RateLimitState } from "./graphql-sources.js";
import {
  restComment,
  restIssue,
  restLabel,
  restMilestone,
  restViewer,
  type Urls,
} from "./rest-shapes.js";
import type { Store, StoreIssue, StoreRepo } from "./store.js";

export interface RestContext {
  store: Store;
  urls: Urls;
  limits: Record<"core" | "graphql", RateLimitState>;
}

export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a route addresses: the repository and issue already looked up, and the query string. */
export interface RestTarget {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request's own URL without its query, for `Link` headers. */
  url: string;
  repo?: StoreRepo;
  issue?: StoreIssue;
}

export type RestHandler = (ctx: RestContext, target: RestTarget, body: unknown) => RestAnswer;

export function notFound(docs = "https://docs.github.com/rest", message = "Not Found"): RestAnswer {
  return { status: 404, body: { message, documentation_url: docs, status: "404" } };
}

export function validationFailed(docs: string, errors: Record<string, unknown>[]): RestAnswer {
  return {
    status: 422,
    body: { message: "Validation Failed", errors, documentation_url: docs, status: "422" },
  };
}

/**
 * One page of a list with GitHub's `per_page` (default 30, at most 100) and `page`, and the
 * `Link` header octokit's paginate follows.
 */
export function listPage<T>(items: T[], target: RestTarget): RestAnswer {
  const perPage = Math.min(100, Math.max(1, Number(target.query.get("per_page") ?? 30) || 30));
  const page = Math.max(1, Number(target.query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(target.query);
    q.set("per_page", String(perPage));
    q.set("page", String(n));
    return `<${target.url}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"), link(1, "first"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(", ") } : {},
  };
}

export const getViewer: RestHandler = ({ store, urls }) => ({
  status: 200,
  body: restViewer(urls, store.users.get(store.viewer.toLowerCase())!),
});

export const getRateLimit: RestHandler = ({ limits }) => {
  const view = (l: RateLimitState) => ({
    limit: l.limit,
    used: l.used,
    remaining: Math.max(0, l.limit - l.used),
    reset: l.resetAt,
  });
  const core = view(limits.core);
  const search = { limit: 30, used: 0, remaining: 30, reset: limits.core.resetAt };
  return {
    status: 200,
    body: { resources: { core, graphql: view(limits.graphql), search }, rate: core },
  };
};

export const getIssue: RestHandler = ({ store, urls }, { issue }) => ({
  status: 200,
  body: restIssue(store, urls, issue!),
});

export const listLabels: RestHandler = ({ urls }, target) =>
  listPage(
    target.repo!.labels.map((l) => restLabel(urls, target.repo!, l)),
    target,
  );

export const listMilestones: RestHandler = ({ store, urls }, target) => {
  const state = target.query.get("state") ?? "open";
  const milestones = target.repo!.milestones.filter((m) => state === "all" || m.state === state);
  return listPage(
    milestones.map((m) => restMilestone(store, urls, target.repo!, m)),
    target,
  );
};

export const listComments: RestHandler = ({ store, urls }, target) => {
  const since = target.query.get("since");
  const comments = target.issue!.comments.filter((c) => !since || c.updatedAt >= since);
  return listPage(
    comments.map((c) => restComment(store, urls, target.issue!, c)),
    target,
  );
};

/** `GET /repos/{owner}/{repo}/issues`: REST's labels filter needs every label (unlike GraphQL's). */
export const listIssues: RestHandler = ({ store, urls }, target) => {
  const q = target.query;
  const state = q.get("state") ?? "open";
  const issues = filterIssues(target.repo!.issues.values(), {
    states: state === "all" ? undefined : [state.toUpperCase() as "OPEN" | "CLOSED"],
    labels: q
      .get("labels")
      ?.split(",")
      .map((l) => l.trim())
      .filter(Boolean),
    labelMatch: "all",
    since: q.get("since") ?? undefined,
    assignee: q.get("assignee") ?? undefined,
    createdBy: q.get("creator") ?? undefined,
    milestone: q.get("milestone") ?? undefined,
  });
  const sort = (q.get("sort") ?? "created") as IssueSortKey;
  issues.sort(compareIssues(sort, q.get("direction") === "asc" ? "asc" : "desc"));
  return listPage(
    issues.map((i) => restIssue(store, urls, i)),
    target,
  );
};
