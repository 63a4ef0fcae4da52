import {
  type GraphQLContext,
  issueSource,
  issueUrl,
  notImplemented,
  type ResolverTable,
  repoSource,
  type SourceOf,
  selectsOnlyCount,
  userSource,
} from "./graphql-sources.js";
import { type ConnectionArgs, paginateConnection } from "./paginate-connection.js";
import {
  countSubIssues,
  ensureUser,
  findIssueByRef,
  type ReactionContent,
  repoOf,
  type Store,
  type StoreIssue,
  type StoreUser,
} from "./store.js";

/** The order github.com lists reaction groups in. */
export const REACTION_CONTENTS: ReactionContent[] = [
  "THUMBS_UP",
  "THUMBS_DOWN",
  "LAUGH",
  "HOORAY",
  "CONFUSED",
  "HEART",
  "ROCKET",
  "EYES",
];

const user = (store: Store, login: string) => userSource(ensureUser(store, login));

function reactionCount(issue: StoreIssue, content?: ReactionContent): number {
  if (content) return issue.reactions[content] ?? 0;
  return Object.values(issue.reactions).reduce((a, b) => a + (b ?? 0), 0);
}

function subIssuesOf(store: Store, issue: StoreIssue): StoreIssue[] {
  return issue.subIssues.map((ref) => findIssueByRef(store, ref)!);
}

export const issueResolvers: ResolverTable<SourceOf<"Issue">> = {
  id: ({ issue }) => issue.nodeId,
  databaseId: ({ issue }) => issue.databaseId,
  number: ({ issue }) => issue.number,
  title: ({ issue }) => issue.title,
  body: ({ issue }) => issue.body,
  bodyText: ({ issue }) => issue.body,
  state: ({ issue }) => issue.state,
  stateReason: ({ issue }) => issue.stateReason,
  closed: ({ issue }) => issue.state === "CLOSED",
  closedAt: ({ issue }) => issue.closedAt,
  createdAt: ({ issue }) => issue.createdAt,
  updatedAt: ({ issue }) => issue.updatedAt,
  locked: ({ issue }) => issue.locked,
  url: ({ issue }, _a, ctx) => issueUrl(ctx, issue),
  resourcePath: ({ issue }) => `/${issue.repo}/issues/${issue.number}`,
  author: ({ issue }, _a, ctx) => user(ctx.store, issue.author),
  repository: ({ issue }, _a, ctx) => repoSource(repoOf(ctx.store, issue)),
  milestone: ({ issue }, _a, ctx) => {
    const repo = repoOf(ctx.store, issue);
    const milestone = repo.milestones.find((m) => m.number === issue.milestone);
    return milestone ? { __typename: "Milestone", repo, milestone } : null;
  },
  labels: ({ issue }, args, ctx, info) => {
    const repo = repoOf(ctx.store, issue);
    const labels = issue.labels.map((name) => repo.labels.find((l) => l.name === name)!);
    const sources = labels.map((label) => ({ __typename: "Label", repo, label }));
    return paginateConnection(sources, args as ConnectionArgs, info);
  },
  assignees: ({ issue }, args, ctx, info) =>
    paginateConnection(
      issue.assignees.map((a) => user(ctx.store, a)),
      args as ConnectionArgs,
      info,
    ),
  comments: ({ issue }, args, _ctx, info) => {
    const order = args.orderBy as { direction: "ASC" | "DESC" } | undefined;
    const comments = order
      ? [...issue.comments].sort(
          (a, b) => a.updatedAt.localeCompare(b.updatedAt) * (order.direction === "DESC" ? -1 : 1),
        )
      : issue.comments;
    const sources = comments.map((comment) => ({ __typename: "IssueComment", issue, comment }));
    return paginateConnection(sources, args as ConnectionArgs, info);
  },
  reactions: ({ issue }, args, _ctx, info) => {
    const count = reactionCount(issue, args.content as ReactionContent | undefined);
    // Only the count is kept per reaction, not who reacted.
    if (!selectsOnlyCount(info)) throw notImplemented(info);
    return { totalCount: count };
  },
  reactionGroups: ({ issue }) =>
    REACTION_CONTENTS.map((content) => ({ __typename: "ReactionGroup", issue, content })),
  subIssues: ({ issue }, args, ctx, info) =>
    paginateConnection(
      subIssuesOf(ctx.store, issue).map(issueSource),
      args as ConnectionArgs,
      info,
    ),
  subIssuesSummary: ({ issue }, _a, ctx) => countSubIssues(ctx.store, issue),
  parent: ({ issue }, _a, ctx) => {
    const parent = issue.parent ? findIssueByRef(ctx.store, issue.parent) : undefined;
    return parent ? issueSource(parent) : null;
  },
};

export const commentResolvers: ResolverTable<SourceOf<"IssueComment">> = {
  id: ({ comment }) => comment.nodeId,
  databaseId: ({ comment }) => comment.databaseId,
  body: ({ comment }) => comment.body,
  bodyText: ({ comment }) => comment.body,
  createdAt: ({ comment }) => comment.createdAt,
  updatedAt: ({ comment }) => comment.updatedAt,
  lastEditedAt: ({ comment }) =>
    comment.updatedAt === comment.createdAt ? null : comment.updatedAt,
  publishedAt: ({ comment }) => comment.createdAt,
  isMinimized: () => false,
  author: ({ comment }, _a, ctx) => user(ctx.store, comment.author),
  url: ({ issue, comment }, _a, ctx) =>
    `${issueUrl(ctx, issue)}#issuecomment-${comment.databaseId}`,
  issue: ({ issue }) => issueSource(issue),
  repository: ({ issue }, _a, ctx) => repoSource(repoOf(ctx.store, issue)),
};

export const labelResolvers: ResolverTable<SourceOf<"Label">> = {
  id: ({ label }) => label.nodeId,
  name: ({ label }) => label.name,
  color: ({ label }) => label.color,
  description: ({ label }) => label.description,
  url: ({ repo, label }, _a, ctx) =>
    `${ctx.webUrl}/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
  repository: ({ repo }) => repoSource(repo),
};

export const milestoneResolvers: ResolverTable<SourceOf<"Milestone">> = {
  id: ({ milestone }) => milestone.nodeId,
  number: ({ milestone }) => milestone.number,
  title: ({ milestone }) => milestone.title,
  description: ({ milestone }) => milestone.description,
  dueOn: ({ milestone }) => milestone.dueOn,
  state: ({ milestone }) => milestone.state.toUpperCase(),
  closed: ({ milestone }) => milestone.state === "closed",
  closedAt: ({ milestone }) => milestone.closedAt,
  createdAt: ({ milestone }) => milestone.createdAt,
  updatedAt: ({ milestone }) => milestone.updatedAt,
  url: ({ repo, milestone }, _a, ctx) =>
    `${ctx.webUrl}/${repo.owner}/${repo.name}/milestone/${milestone.number}`,
  repository: ({ repo }) => repoSource(repo),
};

function actorResolvers(): ResolverTable<{ user: StoreUser }> {
  return {
    id: ({ user }) => user.nodeId,
    databaseId: ({ user }) => user.databaseId,
    login: ({ user }) => user.login,
    url: ({ user }, _a, ctx: GraphQLContext) => `${ctx.webUrl}/${user.login}`,
    resourcePath: ({ user }) => `/${user.login}`,
    avatarUrl: ({ user }) => `https://avatars.githubusercontent.com/u/${user.databaseId}?v=4`,
  };
}

export const userResolvers: ResolverTable<{ user: StoreUser }> = {
  ...actorResolvers(),
  name: ({ user }) => user.name,
  isViewer: ({ user }, _a, ctx) => user.login.toLowerCase() === ctx.store.viewer.toLowerCase(),
};

export const botResolvers = actorResolvers();

export const reactionGroupResolvers: ResolverTable<SourceOf<"ReactionGroup">> = {
  content: ({ content }) => content,
  viewerHasReacted: () => false,
  reactors: ({ issue, content }, _a, _ctx, info) => {
    if (!selectsOnlyCount(info)) throw notImplemented(info);
    return { totalCount: reactionCount(issue, content) };
  },
};
