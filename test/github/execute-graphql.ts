import { schema as published } from "@octokit/graphql-schema";
import {
  buildSchema,
  execute,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  getOperationAST,
  Kind,
  parse,
  validate,
} from "graphql";
import { queryCost } from "./graphql-cost.js";
import {
  type GraphQLContext,
  notImplemented,
  type Resolver,
  type Source,
} from "./graphql-sources.js";
import {
  botResolvers,
  commentResolvers,
  issueResolvers,
  labelResolvers,
  milestoneResolvers,
  reactionGroupResolvers,
  userResolvers,
} from "./resolve-issue.js";
import { queryResolvers, repositoryResolvers } from "./resolve-query.js";

const RESOLVERS: Record<string, Record<string, Resolver<never>>> = {
  Query: queryResolvers,
  Repository: repositoryResolvers,
  Issue: issueResolvers,
  IssueComment: commentResolvers,
  Label: labelResolvers,
  Milestone: milestoneResolvers,
  User: userResolvers,
  Bot: botResolvers,
  ReactionGroup: reactionGroupResolvers,
};

/** Plain result objects whose fields are read as properties. */
const PLAIN_TYPE = /(Connection|Edge)$|^(PageInfo|SubIssuesSummary|RateLimit)$/;

let cached: GraphQLSchema | undefined;

/**
 * GitHub's published SDL. Its introspection JSON (`schema.json`) lags the SDL in 15.26.1 (no
 * `subIssues`, `subIssuesSummary` or `parent`), and the SDL defines one enterprise field twice,
 * so it is built with `assumeValidSDL`; queries are still validated against it in full.
 */
export function githubSchema(): GraphQLSchema {
  cached ??= buildSchema(published.idl, { assumeValidSDL: true });
  return cached;
}

export interface GraphQLAnswer {
  body: Record<string, unknown>;
  /** The operation's name, or `anonymous`. */
  operation: string;
  /** Top-level fields of the operation: an aliased batch of 50 issues counts 50. */
  aliases: number;
  cost: number;
  /** The query was refused for the primary rate limit. */
  rateLimited: boolean;
}

/** Runs one GraphQL request body against the store, answering as github.com does (HTTP 200). */
export async function executeGraphQL(
  request: { query?: unknown; variables?: unknown; operationName?: unknown },
  ctx: Omit<GraphQLContext, "cost">,
): Promise<GraphQLAnswer> {
  const answer = (
    body: Record<string, unknown>,
    operation = "anonymous",
    aliases = 0,
    cost = 0,
  ) => ({
    body,
    operation,
    aliases,
    cost,
    rateLimited: false,
  });
  if (typeof request.query !== "string") {
    return answer({
      errors: [{ message: "A query attribute must be specified and must be a string." }],
    });
  }
  const schema = githubSchema();
  let document: ReturnType<typeof parse>;
  try {
    document = parse(request.query);
  } catch (e) {
    return answer({ errors: [shapeError(e as GraphQLError)] });
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return answer({ errors: invalid.map(shapeError) });
  const operationName =
    typeof request.operationName === "string" ? request.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return answer({ errors: [{ message: "An operation name is required" }] });
  const name = operation.name?.value ?? "anonymous";
  const aliases = operation.selectionSet.selections.length;
  const variables = (request.variables ?? {}) as Record<string, unknown>;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let cost: number;
  try {
    cost = queryCost(schema, operation, fragments, variables).cost;
  } catch (e) {
    return answer({ errors: [shapeError(e as GraphQLError)] }, name, aliases);
  }
  const limit = ctx.rateLimit;
  if (limit.used + cost > limit.limit) {
    return {
      ...answer({ errors: [rateLimitedError(ctx)] }, name, aliases, cost),
      rateLimited: true,
    };
  }
  limit.used += cost;
  const result = await execute({
    schema,
    document,
    operationName,
    variableValues: variables,
    contextValue: { ...ctx, cost },
    fieldResolver,
    typeResolver,
  });
  const body: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length) body.errors = result.errors.map(shapeError);
  return answer(body, name, aliases, cost);
}

/** Name and top-level field count of a GraphQL request body, for the log; empty if unreadable. */
export function describeOperation(raw: string): {
  operation?: string;
  aliases?: number;
  write?: true;
} {
  try {
    const { query, operationName } = JSON.parse(raw) as {
      query?: unknown;
      operationName?: unknown;
    };
    if (typeof query !== "string") return {};
    const operation = getOperationAST(
      parse(query),
      typeof operationName === "string" ? operationName : undefined,
    );
    if (!operation) return {};
    return {
      operation: operation.name?.value ?? "anonymous",
      aliases: operation.selectionSet.selections.length,
      ...(operation.operation === "mutation" ? { write: true as const } : {}),
    };
  } catch {
    return {};
  }
}

const fieldResolver: GraphQLFieldResolver<unknown, GraphQLContext> = (src, args, ctx, info) => {
  const own = RESOLVERS[info.parentType.name]?.[info.fieldName] as Resolver<unknown> | undefined;
  if (own) return own(src, args, ctx, info);
  if (
    PLAIN_TYPE.test(info.parentType.name) &&
    src &&
    typeof src === "object" &&
    info.fieldName in src
  ) {
    return (src as Record<string, unknown>)[info.fieldName];
  }
  throw notImplemented(info);
};

const typeResolver: GraphQLTypeResolver<Source, GraphQLContext> = (src) => src.__typename;

export function rateLimitedError(ctx: Pick<GraphQLContext, "store">): Record<string, unknown> {
  const id = ctx.store.users.get(ctx.store.viewer.toLowerCase())?.databaseId ?? 1;
  return { type: "RATE_LIMITED", message: `API rate limit already exceeded for user ID ${id}.` };
}

/**
 * An error as github.com writes it: `type` beside the message rather than in `extensions`, and
 * an unknown field named in GitHub's words with its `undefinedField` code.
 */
function shapeError(error: GraphQLError): Record<string, unknown> {
  const { type, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  const shaped: Record<string, unknown> = {};
  if (type) shaped.type = type;
  if (error.path) shaped.path = error.path;
  if (error.locations) shaped.locations = error.locations;
  const unknownField = error.message.match(/^Cannot query field "(\w+)" on type "(\w+)"\./);
  if (unknownField) {
    const [, fieldName, typeName] = unknownField;
    shaped.extensions = { code: "undefinedField", typeName, fieldName };
    shaped.message = `Field '${fieldName}' doesn't exist on type '${typeName}'`;
    return shaped;
  }
  if (Object.keys(extensions).length > 0) shaped.extensions = extensions;
  shaped.message = error.message;
  return shaped;
}
