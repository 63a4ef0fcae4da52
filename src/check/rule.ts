import type { Diagnostic, Severity, Span } from "../diagnostics/diagnostic.js";
import type { LayoutName, Workspace } from "../model/types.js";

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
  /**
   * Severity in adapted layouts (rust-project-goals, wg-async), for content Waymark does not own:
   * real defects there are warnings, and `--strict` turns them back into errors.
   */
  foreignSeverity?: Severity;
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

/** The severity a rule's findings get by default in a workspace of this layout. */
export function defaultSeverity(rule: Rule, layout: LayoutName): Severity {
  return layout !== "waymark" && rule.foreignSeverity ? rule.foreignSeverity : rule.severity;
}

export function stamp(rule: Rule, finding: Finding, severity = rule.severity): Diagnostic {
  const { severity: own, ...rest } = finding;
  return { ruleId: rule.id, severity: own ?? severity, ...rest };
}

export type { Span };
