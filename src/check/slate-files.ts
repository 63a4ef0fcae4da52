import type { Item, Workspace } from "../model/types.js";

/**
 * The files of one period's slate: its page, and the file of every item on it (goals, and the
 * initiatives that inherit their goal's period). `check --period` reports the findings in these
 * files only, so a pull request that proposes a goal is annotated with that slate's problems.
 */
export function slateFiles(ws: Workspace, periodId: string): Set<string> {
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const periodOf = (item: Item): string | undefined => {
    const seen = new Set<string>();
    for (let at: Item | undefined = item; at && !seen.has(at.id); ) {
      if (at.period) return at.period;
      seen.add(at.id);
      at = at.parent ? byId.get(at.parent) : undefined;
    }
    return undefined;
  };
  const files = new Set<string>();
  for (const period of ws.periods)
    if (period.id === periodId && period.file) files.add(period.file);
  for (const item of ws.items) if (periodOf(item) === periodId) files.add(item.file);
  return files;
}
