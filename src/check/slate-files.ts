import { periodOf } from "../model/period-of.js";
import type { Workspace } from "../model/types.js";

/**
 * The files of one period's slate: its page, and the file of every item on it (goals, and the
 * initiatives that inherit their goal's period). `check --period` reports the findings in these
 * files only, so a pull request that proposes a goal is annotated with that slate's problems.
 */
export function slateFiles(ws: Workspace, periodId: string): Set<string> {
  const period = periodOf(ws);
  const files = new Set<string>();
  for (const period of ws.periods)
    if (period.id === periodId && period.file) files.add(period.file);
  for (const item of ws.items) if (period(item) === periodId) files.add(item.file);
  return files;
}
