import type { IssueRef } from "../../model/types.js";
import { type IssueStamp, issueKey } from "../forge.js";
import { aliasIssues } from "./issue-query.js";

/**
 * Issues per probe: only `updatedAt` and the sub-issue summary each, so a few hundred fit in one
 * request. A resync of an unchanged workspace is then one request, searches included.
 */
export const PROBE_SIZE = 500;

export interface ProbeQuery {
  query: string;
  variables: Record<string, string>;
  paths: ReturnType<typeof aliasIssues>["paths"];
  searches: string[];
}

type ProbeData = Record<string, unknown> | null | undefined;

/** The cheap resync query: every issue's fingerprint, and each search's issueCount, aliased. */
export function buildProbeQuery(refs: IssueRef[], searches: string[]): ProbeQuery {
  const aliased = aliasIssues(refs, "updatedAt subIssuesSummary { total completed }");
  const declarations = [...aliased.declarations];
  const variables: Record<string, string> = { ...aliased.variables };
  const selections = [aliased.selections];
  for (const [i, search] of searches.entries()) {
    declarations.push(`$q${i}: String!`);
    variables[`q${i}`] = search;
    selections.push(`s${i}: search(query: $q${i}, type: ISSUE, first: 1) { issueCount }`);
  }
  const head = declarations.length ? `query(${declarations.join(", ")})` : "query";
  const query = `${head} {\n${selections.filter(Boolean).join("\n")}\n}`;
  return { query, variables, paths: aliased.paths, searches };
}

export function readProbe(
  probe: ProbeQuery,
  data: ProbeData,
): { stamps: IssueStamp[]; counts: Map<string, number> } {
  const stamps = probe.paths.map(({ ref, repo, issue }): IssueStamp => {
    const repository = data?.[repo] as Record<string, unknown> | null | undefined;
    const raw = repository?.[issue] as
      | { updatedAt: string; subIssuesSummary: { total: number; completed: number } }
      | null
      | undefined;
    if (!raw) return { key: issueKey(ref) };
    const summary = raw.subIssuesSummary;
    return {
      key: issueKey(ref),
      updatedAt: raw.updatedAt,
      subIssues: { done: summary.completed, total: summary.total },
    };
  });
  const counts = new Map<string, number>();
  for (const [i, search] of probe.searches.entries()) {
    const result = data?.[`s${i}`] as { issueCount: number } | null | undefined;
    if (result) counts.set(search, result.issueCount);
  }
  return { stamps, counts };
}
