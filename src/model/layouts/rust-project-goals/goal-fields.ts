import { type Diagnostic, type Span, START } from "../../../diagnostics/diagnostic.js";
import type { Item, MarkdownDocument, SlateStatus } from "../../types.js";
import { handles, isBlank, isHelpWanted, issueRef } from "./cells.js";
import type { Metadata } from "./metadata.js";
import type { Task } from "./tasks.js";

/**
 * The core fields a goal's metadata table gives, read as goal-format.md documents them. What the
 * table gets wrong is a warning, never an error: the goal is still read.
 */

type Report = (d: Diagnostic) => void;

const STATUSES: [RegExp, SlateStatus][] = [
  [/^not[ -]accepted|^rejected|^declined|^withdrawn/i, "not-accepted"],
  [/^accepted/i, "accepted"],
  [/^provisional/i, "provisional"],
  [/^proposed|^invited/i, "proposed"],
];

export function pointOfContact(meta: Metadata, report: Report): string[] {
  const row = meta.pointOfContact;
  if (!row) {
    report({
      ruleId: "missing-field",
      severity: "warning",
      span: meta.rows[0]?.keyCell.span ?? spanOfRows(meta),
      message: "Missing `Point of contact` row in the metadata table",
      hint: "Add `| Point of contact | @username |`: the one person who posts updates.",
    });
    return [];
  }
  const found = handles(row.value.source);
  if (!found.length && !isHelpWanted(row.value.source) && !isBlank(row.value.source)) {
    report({
      ruleId: "invalid-value",
      severity: "warning",
      span: row.value.span,
      message: `Unexpected point of contact \`${row.value.text}\`, expected a GitHub username like @ghost`,
      hint: "Name one person by their GitHub handle, or write ![Help wanted][] to ask for one.",
    });
  }
  return found;
}

export function slateStatus(
  meta: Metadata,
  report: Report,
  extra: Record<string, unknown>,
): SlateStatus | undefined {
  const row = meta.status;
  if (!row) {
    report({
      ruleId: "missing-field",
      severity: "warning",
      span: meta.pointOfContact?.keyCell.span ?? spanOfRows(meta),
      message: "Missing `Status` row in the metadata table",
      hint: "Add `| Status | Proposed |` (or Accepted, Not accepted).",
    });
    return undefined;
  }
  const text = row.value.text.trim();
  const status = STATUSES.find(([pattern]) => pattern.test(text))?.[1];
  if (!status) {
    report({
      ruleId: "invalid-value",
      severity: "warning",
      span: row.value.span,
      message: `Unexpected status \`${text}\`, expected Proposed, Accepted or Not accepted`,
      hint: "Use one of the statuses goal-format.md documents.",
    });
  }
  if (!status || !["accepted", "proposed", "not accepted"].includes(text.toLowerCase()))
    extra["status-text"] = row.value.source;
  return status;
}

export function trackingIssue(
  meta: Metadata,
  report: Report,
  extra: Record<string, unknown>,
): Item["tracking"] {
  const row = meta.tracking;
  if (!row || isBlank(row.value.text)) return undefined;
  const issue = issueRef(row.value.source);
  if (!issue) {
    extra["tracking-issue"] = row.value.source;
    report({
      ruleId: "invalid-value",
      severity: "warning",
      span: row.value.span,
      message: `Unexpected tracking issue \`${row.value.text}\`, expected an issue like rust-lang/goals#123`,
      hint: "Link the goal's tracking issue in the goals repository, or leave the cell empty.",
    });
  }
  return issue;
}

export function openHelpWanted(tasks: Task[]): boolean {
  return tasks.some((t) => t.helpWanted && !t.done && !t.people.length);
}

export function needsContributor(meta: Metadata): boolean {
  return meta.needs.some((row) => /contributor|help wanted|owner/i.test(row.value.text));
}

/** A `## Help wanted` table with a real row; TEMPLATE.md's placeholders are in italics. */
export function hasHelpWantedRows(markdown: string | undefined): boolean {
  if (!markdown) return false;
  return markdown
    .split("\n")
    .filter((line) => /^\s*\|/.test(line))
    .slice(2)
    .some((line) => !isBlank(line.split("|")[1] ?? ""));
}

export function metadataSpans(meta: Metadata, fallback: Span): Record<string, Span> {
  const spans: Record<string, Span> = { "": fallback };
  if (meta.pointOfContact) spans["owners.0"] = meta.pointOfContact.value.span;
  if (meta.status) spans.status = meta.status.value.span;
  if (meta.tracking) spans.tracking = meta.tracking.value.span;
  if (meta.shortTitle) spans["short-title"] = meta.shortTitle.value.span;
  const theme = meta.roadmaps[0] ?? meta.flagship[0];
  if (theme) spans.theme = theme.value.span;
  for (const [team, row] of meta.champions) spans[`extra.champions.${team}`] = row.value.span;
  return spans;
}

/** Where a missing row is reported: the table's first row (goal files always have one). */
function spanOfRows(meta: Metadata): Span {
  return meta.rows[0]?.keyCell.span ?? { file: "", start: START, end: START };
}

export function spanOf(
  doc: MarkdownDocument,
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
): Span {
  return doc.lines.span(doc.file, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

export function textOf(text: string | undefined): string | undefined {
  return text && !isBlank(text) ? text.trim() : undefined;
}
