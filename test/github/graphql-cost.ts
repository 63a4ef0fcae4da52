import {
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";

export interface QueryCost {
  /** Rate-limit points: connection requests / 100, rounded, at least 1. */
  cost: number;
  /** Nodes the query could return at most. */
  nodeCount: number;
}

const NODE_LIMIT = 500_000;

/**
 * GitHub's published scoring ("Calculating a rate limit score"): every connection costs one
 * request per page of its parents, each page assumed full. A query over the node limit fails
 * before it runs, with github.com's message.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): QueryCost {
  let requests = 0;
  let nodeCount = 0;
  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType, multiplier: number) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const cond = s.typeCondition ? schema.getType(s.typeCondition.name.value) : type;
        walk(s.selectionSet, cond ?? type, multiplier);
        continue;
      }
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments[s.name.value];
        if (f) walk(f.selectionSet, schema.getType(f.typeCondition.name.value) ?? type, multiplier);
        continue;
      }
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const def = type.getFields()[s.name.value];
      if (!def) continue;
      const fieldType = getNamedType(def.type);
      let next = multiplier;
      if (fieldType.name.endsWith("Connection")) {
        const args = Object.fromEntries(
          (s.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]),
        );
        const size = Number(args.first ?? args.last ?? 0);
        requests += multiplier;
        nodeCount += multiplier * size;
        next = multiplier * Math.max(size, 1);
        if (nodeCount > NODE_LIMIT) {
          throw new GraphQLError(
            `By the time this query traverses to the ${s.name.value} connection, it is requesting up to ${nodeCount.toLocaleString("en-US")} possible nodes which exceeds the maximum limit of ${NODE_LIMIT.toLocaleString("en-US")}.`,
            { extensions: { type: "MAX_NODE_LIMIT_EXCEEDED" } },
          );
        }
      }
      walk(s.selectionSet, fieldType, next);
    }
  };
  const root = operation.operation === "query" ? schema.getQueryType() : schema.getMutationType();
  if (root) walk(operation.selectionSet, root, 1);
  return { cost: Math.max(1, Math.round(requests / 100)), nodeCount };
}
