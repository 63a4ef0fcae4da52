import type { Workspace } from "../../model/types.js";
import type { Facts } from "../types.js";
import { assessTriage, type TriageReport } from "./assess-triage.js";
import { findLinkedItems } from "./find-linked-items.js";

/**
 * The triage report of a workspace from its synced facts, or undefined without a `triage:`
 * config or area data. `date` defaults to the last sync's time, so `check` judges stalls as of
 * the data it has and gives the same answer on every run.
 */
export function assessWorkspace(
  workspace: Workspace,
  facts: Facts,
  date?: Date,
): TriageReport | undefined {
  const triage = workspace.config.triage;
  const area = facts.area;
  if (!triage || !area) return undefined;
  const open = [...area.issues.values()].filter((i) => !i.leftAt).map((i) => i.facts.key);
  return assessTriage(triage, area, {
    date: date ?? new Date(facts.asOf ?? Date.now()),
    linked: findLinkedItems(workspace, facts, open),
    since: area.lastApplied,
  });
}
