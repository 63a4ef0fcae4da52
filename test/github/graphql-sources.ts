import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type {
  ReactionContent,
  Store,
  StoreComment,
  StoreIssue,
  StoreLabel,
  StoreMilestone,
  StoreRepo,
  StoreUser,
} from "./store.js";

/**
 * What the GraphQL resolvers pass around: a store record tagged with the schema type it stands
 * for, so interfaces and unions (`Node`, `Actor`, `SearchResultItem`) resolve by `__typename`.
 */
export type Source =
  | { __typename: "Repository"; repo: StoreRepo }
  | { __typename: "Issue"; issue: StoreIssue }
  | { __typename: "IssueComment"; issue: StoreIssue; comment: StoreComment }
  | { __typename: "Label"; repo: StoreRepo; label: StoreLabel }
  | { __typename: "Milestone"; repo: StoreRepo; milestone: StoreMilestone }
  | { __typename: "User" | "Bot"; user: StoreUser }
  | { __typename: "ReactionGroup"; issue: StoreIssue; content: ReactionContent };

export type SourceOf<K extends Source["__typename"]> = Extract<Source, { __typename: K }>;

export interface RateLimitState {
  limit: number;
  used: number;
  /** Epoch seconds. */
  resetAt: number;
}

export interface GraphQLContext {
  store: Store;
  /** Where `url` fields point, `https://github.com` unless configured. */
  webUrl: string;
  rateLimit: RateLimitState;
  /** Points the current query costs, charged before it runs. */
  cost: number;
}

export type Resolver<S> = (
  src: S,
  args: Record<string, unknown>,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) => unknown;

export type ResolverTable<S> = Record<string, Resolver<S>>;

export const issueSource = (issue: StoreIssue): SourceOf<"Issue"> => ({
  __typename: "Issue",
  issue,
});
export const repoSource = (repo: StoreRepo): SourceOf<"Repository"> => ({
  __typename: "Repository",
  repo,
});
export const userSource = (user: StoreUser): SourceOf<"User" | "Bot"> => ({
  __typename: user.type,
  user,
});

/** GitHub's answer for a missing object: a `NOT_FOUND` error beside a null field. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type: "NOT_FOUND" } });
}

export function notImplemented(info: GraphQLResolveInfo): GraphQLError {
  return new GraphQLError(
    `${info.parentType.name}.${info.fieldName} is valid in GitHub's schema but not implemented by the fake GitHub server (test/github/).`,
    { extensions: { type: "NOT_IMPLEMENTED_BY_FAKE" } },
  );
}

export function issueUrl(ctx: GraphQLContext, issue: StoreIssue): string {
  return `${ctx.webUrl}/${issue.repo}/issues/${issue.number}`;
}

/** Whether a connection field asks for no more than its `totalCount`. */
export function selectsOnlyCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((f) =>
    (f.selectionSet?.selections ?? []).every(
      (s) => s.kind === "Field" && (s.name.value === "totalCount" || s.name.value === "__typename"),
    ),
  );
}
