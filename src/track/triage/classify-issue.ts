import type { Triage } from "../../model/types.js";

/** The four piles of seed 003's focus system, in the order the triage meeting reviews them. */
export const TRIAGE_CLASSES = ["focus", "on-deck", "other", "uncategorised"] as const;
export type TriageClass = (typeof TRIAGE_CLASSES)[number];

export interface Classification {
  class: TriageClass;
  /** Every focus label the issue carries, in precedence order; more than one is a conflict. */
  carried: Exclude<TriageClass, "uncategorised">[];
}

/**
 * The class of one issue by its labels: Focus, OnDeck or Other by the configured label
 * (GitHub compares label names without regard to case), uncategorised with none. An issue that
 * carries two of them counts in the higher pile (Focus before OnDeck before Other), so a limit is
 * never under-counted; `carried` lists them all so the conflict can be shown.
 */
export function classifyIssue(
  labels: readonly string[],
  triageLabels: Triage["labels"],
): Classification {
  const names = new Set(labels.map((l) => l.toLowerCase()));
  const carried = (
    [
      ["focus", triageLabels.focus],
      ["on-deck", triageLabels.onDeck],
      ["other", triageLabels.other],
    ] as const
  )
    .filter(([, label]) => names.has(label.toLowerCase()))
    .map(([cls]) => cls);
  return { class: carried[0] ?? "uncategorised", carried };
}

/** Issues grouped by class, each pile in the order given. */
export function classifyIssues<T extends { labels: readonly string[] }>(
  issues: readonly T[],
  triageLabels: Triage["labels"],
): Record<TriageClass, T[]> {
  const piles: Record<TriageClass, T[]> = {
    focus: [],
    "on-deck": [],
    other: [],
    uncategorised: [],
  };
  for (const issue of issues) piles[classifyIssue(issue.labels, triageLabels).class].push(issue);
  return piles;
}
