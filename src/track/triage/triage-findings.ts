import { fileSpan, type Severity, type Span } from "../../diagnostics/diagnostic.js";
import type { Config } from "../../model/types.js";
import type { TriageReport } from "./assess-triage.js";

export const TRIAGE_FINDING_IDS = [
  "focus-over-limit",
  "focus-under-limit",
  "focus-unassigned",
  "focus-stalled",
  "on-deck-over-limit",
] as const;
export type TriageFindingId = (typeof TRIAGE_FINDING_IDS)[number];

export interface TriageFinding {
  id: TriageFindingId;
  /** Only where it differs from the rule's: a yellow stall is a notice, a red one a warning. */
  severity?: Severity;
  span: Span;
  message: string;
  hint: string;
  /** The issue the finding is about, when it is about one. */
  issue?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const number = (key: string) => key.slice(key.indexOf("#") + 1);

/**
 * The problems of a triage report, positioned in waymark.yaml at the setting they break: the
 * focus limit, the OnDeck limit, or the focus label (for issues). One list for `waymark triage`
 * and the check rules, so both say the same.
 */
export function triageFindings(config: Config, report: TriageReport): TriageFinding[] {
  const triage = config.triage;
  if (!triage) return [];
  const at = (...paths: string[]) =>
    paths.map((p) => config.spans[p]).find(Boolean) ?? fileSpan(config.file);
  const focusLabel = triage.labels.focus;
  const { focus, onDeck } = report.limits;
  const findings: TriageFinding[] = [];
  if (focus.count > focus.max)
    findings.push({
      id: "focus-over-limit",
      span: at("triage.focus-limit", "triage.labels.focus", "triage"),
      message: `Unexpected ${plural(focus.count, "open focus issue")} (${focusLabel}), expected at most ${focus.max}`,
      hint: "Move the least urgent back to OnDeck, e.g. `waymark triage --move N:on-deck --apply`.",
    });
  if (focus.active < focus.min) {
    const stalled = focus.count - focus.active;
    const of = stalled ? ` (${focus.count} open, ${stalled} stalled)` : "";
    findings.push({
      id: "focus-under-limit",
      span: at("triage.focus-limit", "triage.labels.focus", "triage"),
      message: `Unexpected ${plural(focus.active, "focus issue")} moving${of}, expected at least ${focus.min}`,
      hint: "`waymark triage` ranks OnDeck issues to promote; `waymark triage --apply` promotes them.",
    });
  }
  for (const issue of report.unassigned)
    findings.push({
      id: "focus-unassigned",
      span: at("triage.labels.focus", "triage"),
      message: `Unexpected unassigned focus issue ${issue.key} (${issue.title}), expected an assignee`,
      hint: `Focus issues are assigned: find someone at the triage meeting, or move it back with \`waymark triage --move ${number(issue.key)}:on-deck\`.`,
      issue: issue.key,
    });
  for (const issue of report.stalled) {
    const days = issue.stall === "red" ? report.stallDays.red : report.stallDays.yellow;
    findings.push({
      id: "focus-stalled",
      severity: issue.stall === "red" ? undefined : "info",
      span: at("triage.stall-days", "triage.labels.focus", "triage"),
      message: `Unexpected ${plural(issue.idleDays, "day")} without activity on focus issue ${issue.key} (${issue.title}), expected activity within ${days}`,
      hint: issue.assignees.length
        ? `Check in with ${issue.assignees.map((a) => `@${a}`).join(", ")}; if it is stuck, move it back to OnDeck and promote another.`
        : "Nobody is assigned: assign someone, or move it back to OnDeck and promote another.",
      issue: issue.key,
    });
  }
  if (onDeck.count > onDeck.limit)
    findings.push({
      id: "on-deck-over-limit",
      span: at("triage.on-deck-limit", "triage.labels.on-deck", "triage"),
      message: `Unexpected ${plural(onDeck.count, "OnDeck issue")} (${triage.labels.onDeck}), expected at most ${onDeck.limit}`,
      hint: "Move some back to Other, or raise `on-deck-limit` if the group can keep more in view.",
    });
  return findings;
}
