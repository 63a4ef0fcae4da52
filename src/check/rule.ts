import { CATALOGUE, type CatalogueEntry, type CheckRuleId } from "../diagnostics/catalogue.js";
import type { Diagnostic, Severity, Span } from "../diagnostics/diagnostic.js";
import type { LayoutName, Workspace } from "../model/types.js";
import type { Facts } from "../track/types.js";
import type { ReviewScope } from "./readiness-scope.js";

/** What a rule reports: everything but the id and severity, which the wrapper stamps. */
export type Finding = Omit<Diagnostic, "ruleId" | "severity"> & { severity?: Severity };

/** What a rule sees. Rules are pure: everything they may read is here. */
export interface RuleContext {
  /** The model of the workspace. */
  workspace: Workspace;
  /** Facts from outside the workspace, from the track stage (GitHub, once synced). */
  facts: Facts;
  /** The day of the check and the slates asked for: which periods the readiness rules review. */
  review: ReviewScope;
  report(finding: Finding): void;
}

/** One example for the docs and the tests: input files, and the exact `line:col: message` lines expected. */
export interface RuleExample {
  title: string;
  files: Record<string, string>;
  /** Tracking issues as a sync left them (for rules over GitHub facts): key → state, or null if missing. */
  synced?: Record<string, "open" | "closed" | null>;
  /** The day the example is checked on, YYYY-MM-DD (for rules that depend on a period's phase). */
  date?: string;
  /** Open issues of the triage area as a sync left it (for the focus rules), judged as of that sync. */
  area?: ExampleAreaIssue[];
  /** Comments on those issues, oldest first: `[author, date, body]`. */
  comments?: Record<string, [author: string, date: string, body: string][]>;
  expected: string[];
}

/** One open issue of an example's triage area: `o/r#N`, its labels, assignees and idle days. */
export interface ExampleAreaIssue {
  key: string;
  labels: string[];
  assignees?: string[];
  /** Days since its last activity, as of the sync (default 0). */
  idleDays?: number;
}

/** A check rule: its catalogue entry (severity, description) with its examples and its check. */
export interface Rule extends CatalogueEntry {
  /** Stable kebab-case id, listed in src/diagnostics/catalogue/check-ids.ts. */
  id: CheckRuleId;
  examples: RuleExample[];
  check(context: RuleContext): void;
}

export interface RuleDefinition {
  id: CheckRuleId;
  examples: RuleExample[];
  check(context: RuleContext): void;
}

/**
 * Like unified-lint-rule: the catalogue supplies the default severity and description, and
 * `stamp` puts the id and severity on every finding, so rules never set them.
 */
export function defineRule(definition: RuleDefinition): Rule {
  const entry: CatalogueEntry = CATALOGUE[definition.id];
  return { ...entry, ...definition };
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
