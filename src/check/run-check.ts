import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Workspace } from "../model/types.js";
import { RULES } from "./catalogue.js";
import { defaultSeverity, type Rule, stamp } from "./rule.js";

export interface CheckOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
  rules?: Rule[];
}

/** Runs every rule over the model (pure) and merges in diagnostics from loading. */
export function runCheck(
  workspace: Workspace,
  loadDiagnostics: Diagnostic[],
  options: CheckOptions = {},
): Diagnostic[] {
  const out = [...loadDiagnostics];
  for (const rule of options.rules ?? RULES) {
    const severity = defaultSeverity(rule, workspace.layout);
    rule.check({ workspace, report: (finding) => out.push(stamp(rule, finding, severity)) });
  }
  const result = options.strict
    ? out.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d))
    : out;
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
