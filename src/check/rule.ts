import type { Diagnostic, Severity, Span } from "../diagnostics/diagnostic.js";
import type { Workspace } from "../model/types.js";

/** What a rule reports: everything but the id and severity, which the wrapper stamps. */
export type Finding = Omit<Diagnostic, "ruleId" | "severity"> & { severity?: Severity };

export interface RuleContext {
  workspace: Workspace;
  report(finding: Finding): void;
}

/** One example for the docs and the tests: input files, and the exact `line:col: message` lines expected. */
export interface RuleExample {
  title: string;
  files: Record<string, string>;
  expected: string[];
}

export interface Rule {
  /** Stable kebab-case id; never renamed once published. */
  id: string;
  severity: Severity;
  description: string;
  examples: RuleExample[];
  check(context: RuleContext): void;
}

export interface RuleDefinition extends Omit<Rule, "severity"> {
  severity?: Severity;
}

/** Like unified-lint-rule: stamps the id and default severity, so rules never set them. */
export function defineRule(definition: RuleDefinition): Rule {
  return { severity: "error", ...definition };
}

export function stamp(rule: Rule, finding: Finding): Diagnostic {
  const { severity, ...rest } = finding;
  return { ruleId: rule.id, severity: severity ?? rule.severity, ...rest };
}

export type { Span };
