import { GraphQLError, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/** The pagination arguments every GitHub connection takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const MAX_PAGE = 100;

/**
 * Cuts one page out of `items` by Relay's rules, with github.com's limits and messages: a
 * connection whose nodes or edges are selected needs `first` or `last`, at most 100. The page
 * flags are exact in both directions, so forward (`after`) and backward (`before`) walks both end.
 */
export function paginateConnection<T>(
  items: readonly T[],
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
): Connection<T> {
  const name = info.fieldName;
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  if (first === undefined && last === undefined && selectsItems(info)) {
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const [arg, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value === undefined) continue;
    if (value < 0)
      throw new GraphQLError(`\`${arg}\` on the \`${name}\` connection cannot be less than zero.`);
    if (value > MAX_PAGE) {
      throw new GraphQLError(
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of ${MAX_PAGE} records.`,
      );
    }
  }
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(start, decodeCursor(args.after) + 1);
  if (args.before) end = Math.min(end, decodeCursor(args.before));
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  if (end < start) end = start;
  const edges = items
    .slice(start, end)
    .map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    totalCount: items.length,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Opaque like GitHub's (`Y3Vyc29yOnYyOpHOAAE=`), but just an offset inside. */
function encodeCursor(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString("base64");
}

function decodeCursor(cursor: string): number {
  const m = Buffer.from(cursor, "base64")
    .toString()
    .match(/^cursor:v2:(\d+)$/);
  if (!m) throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

/** Whether the query asks for `nodes` or `edges` (not just `totalCount`) of this connection. */
function selectsItems(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === "nodes" || s.name.value === "edges";
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}
