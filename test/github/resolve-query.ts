import { compareIssues, filterIssues, type IssueFilter } from "./filter-issues.js";
import {
  type GraphQLContext,
  issueSource,
  notFound,
  notImplemented,
  type ResolverTable,
  repoSource,
  type Source,
  type SourceOf,
  userSource,
} from "./graphql-sources.js";
import { type ConnectionArgs, paginateConnection } from "./paginate-connection.js";
import { searchIssues } from "./search-issues.js";
import { findRepo, type StoreIssue, type StoreNode } from "./store.js";

interface IssueFilters {
  labels?: string[] | null;
  states?: ("OPEN" | "CLOSED")[] | null;
  since?: string | null;
  assignee?: string | null;
  createdBy?: string | null;
  milestone?: string | null;
  milestoneNumber?: string | null;
}

interface IssueOrder {
  field: "CREATED_AT" | "UPDATED_AT" | "COMMENTS";
  direction: "ASC" | "DESC";
}

export const queryResolvers: ResolverTable<unknown> = {
  repository: (_s, args, ctx) => {
    const repo = findRepo(ctx.store, String(args.owner), String(args.name));
    if (!repo) {
      throw notFound(
        `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
      );
    }
    return repoSource(repo);
  },
  viewer: (_s, _a, ctx) => userSource(ctx.store.users.get(ctx.store.viewer.toLowerCase())!),
  user: (_s, args, ctx) => {
    const user = ctx.store.users.get(String(args.login).toLowerCase());
    if (!user) throw notFound(`Could not resolve to a User with the login of '${args.login}'.`);
    return userSource(user);
  },
  node: (_s, args, ctx) => nodeSource(ctx, String(args.id)),
  nodes: (_s, args, ctx) => (args.ids as string[]).map((id) => nodeSource(ctx, id)),
  search: (_s, args, ctx, info) => {
    if (args.type !== "ISSUE") throw notImplemented(info);
    const found = searchIssues(ctx.store, String(args.query)).map(issueSource);
    const page = paginateConnection(found, args as ConnectionArgs, info);
    return { ...page, issueCount: page.totalCount };
  },
  rateLimit: (_s, _a, ctx) => {
    const { limit, used, resetAt } = ctx.rateLimit;
    return {
      cost: ctx.cost,
      limit,
      used,
      remaining: Math.max(0, limit - used),
      resetAt: new Date(resetAt * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      nodeCount: 0,
    };
  },
};

function nodeSource(ctx: GraphQLContext, id: string): Source {
  const node = ctx.store.nodes.get(id);
  if (!node) throw notFound(`Could not resolve to a node with the global id of '${id}'`);
  return toSource(node);
}

function toSource(node: StoreNode): Source {
  switch (node.kind) {
    case "Repository":
      return repoSource(node.repo);
    case "Issue":
      return issueSource(node.issue);
    case "IssueComment":
      return { __typename: "IssueComment", issue: node.issue, comment: node.comment };
    case "Label":
      return { __typename: "Label", repo: node.repo, label: node.label };
    case "Milestone":
      return { __typename: "Milestone", repo: node.repo, milestone: node.milestone };
    case "User":
      return userSource(node.user);
  }
}

export const repositoryResolvers: ResolverTable<SourceOf<"Repository">> = {
  id: ({ repo }) => repo.nodeId,
  databaseId: ({ repo }) => repo.databaseId,
  name: ({ repo }) => repo.name,
  nameWithOwner: ({ repo }) => `${repo.owner}/${repo.name}`,
  owner: ({ repo }, _a, ctx) => userSource(ctx.store.users.get(repo.owner.toLowerCase())!),
  url: ({ repo }, _a, ctx) => `${ctx.webUrl}/${repo.owner}/${repo.name}`,
  resourcePath: ({ repo }) => `/${repo.owner}/${repo.name}`,
  hasIssuesEnabled: () => true,
  isArchived: () => false,
  isPrivate: () => false,
  issue: ({ repo }, args) => {
    const issue = repo.issues.get(Number(args.number));
    if (!issue) throw notFound(`Could not resolve to an Issue with the number of ${args.number}.`);
    return issueSource(issue);
  },
  issueOrPullRequest: ({ repo }, args) => {
    const issue = repo.issues.get(Number(args.number));
    if (!issue) {
      throw notFound(
        `Could not resolve to an issue or pull request with the number of ${args.number}.`,
      );
    }
    return issueSource(issue);
  },
  issues: ({ repo }, args, _ctx, info) => {
    const filters: IssueFilters = {
      ...(args.filterBy as IssueFilters | undefined),
      ...(args.labels ? { labels: args.labels as string[] } : {}),
      ...(args.states ? { states: args.states as IssueFilters["states"] } : {}),
    };
    const issues = filterIssues(repo.issues.values(), toFilter(filters)).sort(
      issueOrder(args.orderBy as IssueOrder | undefined),
    );
    return paginateConnection(issues.map(issueSource), args as ConnectionArgs, info);
  },
  label: ({ repo }, args) => {
    const label = repo.labels.find((l) => l.name.toLowerCase() === String(args.name).toLowerCase());
    return label ? { __typename: "Label", repo, label } : null;
  },
  labels: ({ repo }, args, _ctx, info) => {
    const q = typeof args.query === "string" ? args.query.toLowerCase() : "";
    const labels = repo.labels.filter((l) => l.name.toLowerCase().includes(q));
    const sources = labels.map((label) => ({ __typename: "Label", repo, label }));
    return paginateConnection(sources, args as ConnectionArgs, info);
  },
  milestone: ({ repo }, args) => {
    const milestone = repo.milestones.find((m) => m.number === args.number);
    return milestone ? { __typename: "Milestone", repo, milestone } : null;
  },
  milestones: ({ repo }, args, _ctx, info) => {
    const states = (args.states as string[] | undefined)?.map((s) => s.toLowerCase());
    const milestones = repo.milestones.filter((m) => !states || states.includes(m.state));
    const sources = milestones.map((milestone) => ({ __typename: "Milestone", repo, milestone }));
    return paginateConnection(sources, args as ConnectionArgs, info);
  },
};

/** `filterBy` as github.com applies it: labels match any of the names, a null means "none". */
function toFilter(f: IssueFilters): IssueFilter {
  const orNone = (v: string | null | undefined) => (v === null ? "none" : v);
  return {
    states: f.states ?? undefined,
    labels: f.labels ?? undefined,
    labelMatch: "any",
    since: f.since ?? undefined,
    createdBy: f.createdBy ?? undefined,
    assignee: orNone(f.assignee),
    milestone: orNone(f.milestoneNumber ?? f.milestone),
  };
}

function issueOrder(order: IssueOrder | undefined): (a: StoreIssue, b: StoreIssue) => number {
  if (!order) return compareIssues("created", "asc");
  const key =
    order.field === "COMMENTS" ? "comments" : order.field === "UPDATED_AT" ? "updated" : "created";
  return compareIssues(key, order.direction === "DESC" ? "desc" : "asc");
}
