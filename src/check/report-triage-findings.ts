import { assessWorkspace } from "../track/triage/assess-workspace.js";
import { type TriageFindingId, triageFindings } from "../track/triage/triage-findings.js";
import type { RuleContext } from "./rule.js";

/** The waymark.yaml of the focus rules' examples: focus 1-2, OnDeck 1, labels F, D and O. */
export const TRIAGE_EXAMPLE_CONFIG =
  "group: { name: G }\ntriage:\n  repositories: [o/r]\n  area-label: A\n  labels: { focus: F, on-deck: D, other: O }\n  focus-limit: 1-2\n  on-deck-limit: 1\n";

/** One assessment per workspace and facts: the five focus rules share it. */
const assessed = new WeakMap<object, WeakMap<object, ReturnType<typeof triageFindings>>>();

/**
 * Reports the triage findings of one id, for the focus rules: nothing without a `triage:` config
 * or before a sync has fetched the area. Stalls are judged as of the last sync.
 */
export function reportTriageFindings(id: TriageFindingId, context: RuleContext): void {
  const { workspace, facts } = context;
  const byFacts = assessed.get(workspace) ?? new WeakMap();
  assessed.set(workspace, byFacts);
  let findings = byFacts.get(facts);
  if (!findings) {
    const report = assessWorkspace(workspace, facts);
    findings = report ? triageFindings(workspace.config, report) : [];
    byFacts.set(facts, findings);
  }
  for (const { id: found, issue: _issue, ...finding } of findings)
    if (found === id) context.report(finding);
}
