import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Workspace } from "../model/types.js";
import { type Facts, NO_FACTS } from "../track/types.js";
import { RULES } from "./all-rules.js";
import type { ReviewScope } from "./readiness-scope.js";
import { defaultSeverity, type Rule, stamp } from "./rule.js";
import { applyRuleSettings, unknownRuleIds } from "./rule-settings.js";

export interface CheckOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
  rules?: Rule[];
  /** What the track stage found outside the workspace; none by default. */
  facts?: Facts;
  /** The day of the check and the slates asked for, for the readiness rules; none by default. */
  review?: ReviewScope;
}

/**
 * Runs every rule over the model (pure) and merges in diagnostics from loading. `rules:` in
 * waymark.yaml sets a rule's severity, or turns it off; `--strict` then raises what is left.
 */
export function runCheck(
  workspace: Workspace,
  loadDiagnostics: Diagnostic[],
  options: CheckOptions = {},
): Diagnostic[] {
  const rules = options.rules ?? RULES;
  const settings = workspace.config.rules;
  const facts = options.facts ?? NO_FACTS;
  const review = options.review ?? {};
  const out = [...loadDiagnostics, ...unknownRuleIds(settings)];
  for (const rule of rules) {
    if (settings?.get(rule.id)?.level === "off") continue;
    const severity = defaultSeverity(rule, workspace.layout);
    rule.check({
      workspace,
      facts,
      review,
      report: (finding) => out.push(stamp(rule, finding, severity)),
    });
  }
  const set = applyRuleSettings(out, settings);
  const result = options.strict
    ? set.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d))
    : set;
  return dedupe(result).sort(compareDiagnostics);
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.span.file}:${d.span.start.offset}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
