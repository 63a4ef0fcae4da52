import type { Triage } from "../../model/types.js";
import type { CachedArea } from "../cache/read-cache.js";
import { classifyIssue, type TriageClass } from "./classify-issue.js";

export type MoveTarget = Exclude<TriageClass, "uncategorised">;

export interface LabelMove {
  /** `owner/repo#N`. */
  issue: string;
  to: MoveTarget;
}

export interface LabelWrite {
  issue: string;
  action: "add" | "remove";
  label: string;
}

export interface IssueWrites {
  issue: string;
  url: string;
  add: string[];
  remove: string[];
}

/**
 * The label writes that put each issue in its pile, from what the cache says it carries: add the
 * target's label if it is missing, then remove the other two configured labels it carries (in
 * that order, so an issue is never left with none). Only the three configured labels are ever
 * touched, and a move already made plans nothing: a second `--apply` writes nothing.
 */
export function planLabelWrites(
  moves: LabelMove[],
  area: CachedArea,
  triage: Triage,
): { issues: IssueWrites[]; writes: LabelWrite[] } {
  const labelOf: Record<MoveTarget, string> = {
    focus: triage.labels.focus,
    "on-deck": triage.labels.onDeck,
    other: triage.labels.other,
  };
  const issues: IssueWrites[] = [];
  const seen = new Set<string>();
  for (const move of moves) {
    const cached = area.issues.get(move.issue);
    if (!cached || cached.leftAt || seen.has(move.issue)) continue;
    seen.add(move.issue);
    const { carried } = classifyIssue(cached.facts.labels, triage.labels);
    const carriedName = (cls: MoveTarget) =>
      cached.facts.labels.find((l) => l.toLowerCase() === labelOf[cls].toLowerCase()) ??
      labelOf[cls];
    const add = carried.includes(move.to) ? [] : [labelOf[move.to]];
    const remove = carried.filter((c) => c !== move.to).map(carriedName);
    if (add.length || remove.length)
      issues.push({ issue: move.issue, url: cached.facts.url, add, remove });
  }
  const writes = issues.flatMap((i) => [
    ...i.add.map((label) => ({ issue: i.issue, action: "add" as const, label })),
    ...i.remove.map((label) => ({ issue: i.issue, action: "remove" as const, label })),
  ]);
  return { issues, writes };
}
