import pc from "picocolors";
import type { Diagnostic } from "./diagnostic.js";
import { escapeTerminal } from "./escape-terminal.js";

export type OutputFormat = "human" | "json" | "github";

const severityColor = { error: pc.red, warning: pc.yellow, info: pc.blue } as const;

function location(d: Diagnostic): string {
  return `${escapeTerminal(d.span.file)}:${d.span.start.line}:${d.span.start.column}`;
}

/**
 * One line a diagnostic: `file:line:col  severity  message  rule-id`, the hint after a dash.
 * Control characters in any part are escaped (a message quotes titles and values), so it stays
 * one line and colours are only ours.
 */
export function formatHuman(d: Diagnostic, color = false): string {
  const paint = color ? severityColor[d.severity] : (s: string) => s;
  const dim = color ? pc.dim : (s: string) => s;
  const hint = d.hint ? dim(` — ${escapeTerminal(d.hint)}`) : "";
  const related = (d.related ?? [])
    .map((r) => dim(` (see ${location({ ...d, span: r.span })}: ${escapeTerminal(r.message)})`))
    .join("");
  return `${location(d)}: ${paint(d.severity)}: ${escapeTerminal(d.message)} ${dim(`[${escapeTerminal(d.ruleId)}]`)}${related}${hint}`;
}

/**
 * GitHub Actions workflow commands; properties and data are escaped as the runner requires, after
 * control characters are made visible (the log viewer renders ANSI colours; a raw newline in a
 * title could start a workflow command of its own). The one newline kept separates the hint.
 */
export function formatGithub(d: Diagnostic): string {
  const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
  const props = [
    `file=${escapeProperty(escapeTerminal(d.span.file))}`,
    `line=${d.span.start.line}`,
    `col=${d.span.start.column}`,
    `endLine=${d.span.end.line}`,
    `endColumn=${d.span.end.column}`,
    `title=${escapeProperty(escapeTerminal(d.ruleId))}`,
  ].join(",");
  const message = escapeTerminal(d.message);
  const text = d.hint ? `${message}\n${escapeTerminal(d.hint)}` : message;
  return `::${level} ${props}::${escapeData(text)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatJson(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}

export interface Summary {
  errors: number;
  warnings: number;
}

export function summarize(diagnostics: Diagnostic[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}
