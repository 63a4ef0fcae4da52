import type { Item } from "../../types.js";

/**
 * Goals that continue from an earlier period reuse its tracking issue (TEMPLATE.md: "if this is
 * a continuing goal, add the old tracking issue"). Each such goal records the goal it continues
 * as `extra.continues`: the latest earlier goal with the same issue.
 */
export function linkContinuations(items: Item[]): void {
  const goals = items
    .filter((i) => i.kind === "goal" && i.tracking && i.period)
    .sort((a, b) => a.period!.localeCompare(b.period!));
  const latest = new Map<string, Item>();
  for (const goal of goals) {
    const t = goal.tracking!;
    // rust-lang/rust-project-goals was renamed rust-lang/goals; its issue numbers carried over.
    const repo = t.repo.toLowerCase() === "rust-project-goals" ? "goals" : t.repo;
    const key = `${t.owner}/${repo}#${t.number}`.toLowerCase();
    const earlier = latest.get(key);
    if (earlier && earlier.period !== goal.period) goal.extra.continues = earlier.id;
    latest.set(key, goal);
  }
}
