import pc from "picocolors";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import type { Triage } from "../../model/types.js";
import type { ApplyResult } from "../../track/triage/apply-label-writes.js";
import type { Suggestion, TriagedIssue, TriageReport } from "../../track/triage/assess-triage.js";
import type { IssueWrites } from "../../track/triage/plan-label-writes.js";
import type { Score } from "../../track/triage/score-candidate.js";

/** What `waymark triage` says; kept apart from the command's logic. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const safe = escapeTerminal;
const PILE_TITLES = {
  focus: "Focus",
  "on-deck": "OnDeck",
  other: "Other",
  uncategorised: "Uncategorised",
} as const;

export function noTriageConfig(file: string): string {
  return `${pc.red("✖")} ${safe(file)}: Unexpected workspace without \`triage:\`, expected the area label and the Focus, OnDeck and Other labels\n  ${pc.dim("Add a `triage:` section to waymark.yaml (see docs/triage.md), then run `waymark sync`.")}\n`;
}

export function noAreaData(): string {
  return `${pc.red("✖")} No triage area in the sync cache yet.\n  ${pc.dim("Run `waymark sync` first: it fetches the area's open issues; `waymark triage` then works offline.")}\n`;
}

export function badMove(arg: string, expected: string): string {
  return `${pc.red("✖")} Unexpected --move ${safe(JSON.stringify(arg))}, expected ${safe(expected)}\n`;
}

export function badTriageDate(date: string): string {
  return `waymark triage: unexpected --date ${safe(JSON.stringify(date))}, expected a date as YYYY-MM-DD that exists\n`;
}

/** `score 13 = age 10 (300 days old) + reactions 0 (0 reactions) + …`: the sum a lead can redo. */
export function scoreText(score: Score): string {
  return `score ${score.total} = ${score.parts.map((p) => `${p.name} ${p.points} (${safe(p.because)})`).join(" + ")}`;
}

function issueLine(issue: TriagedIssue): string {
  const who = issue.assignees.length
    ? issue.assignees.map((a) => `@${a}`).join(", ")
    : pc.yellow("unassigned");
  const idle = `idle ${plural(issue.idleDays, "day")}`;
  const mark =
    issue.stall === "red"
      ? pc.red(" ● stalled")
      : issue.stall === "yellow"
        ? pc.yellow(" ● quiet")
        : "";
  const conflict =
    issue.carried.length > 1 ? pc.yellow(` (also ${issue.carried.slice(1).join(", ")})`) : "";
  return `  ${safe(issue.key)}  ${safe(issue.title)}  ${who}  ${pc.dim(idle)}${mark}${conflict}`;
}

function suggestionLines(kind: string, suggestions: Suggestion[]): string[] {
  if (!suggestions.length) return [];
  return [
    `  ${kind}: ${safe(suggestions[0]?.reason ?? "")}`,
    ...suggestions.map(
      (s, i) =>
        `    ${i + 1}. ${safe(s.issue.key)}  ${safe(s.issue.title)}\n       ${pc.dim(scoreText(s.score))}`,
    ),
  ];
}

/** The terminal report: counts against limits, the focus issues, findings, and ranked moves. */
export function triageReportText(
  report: TriageReport,
  triage: Triage,
  findings: Diagnostic[],
  asOf: string | undefined,
): string {
  const { focus, onDeck } = report.limits;
  const p = report.piles;
  const lines = [
    pc.bold(
      `Triage of ${safe(triage.areaLabel)} in ${safe(triage.repositories.join(", "))}, on ${report.date}${asOf ? ` (synced ${asOf.slice(0, 16).replace("T", " ")} UTC)` : ""}`,
    ),
    `Focus ${focus.count} (limit ${focus.min}–${focus.max}, ${focus.active} moving) · OnDeck ${onDeck.count}/${onDeck.limit} · Other ${p.other.length} · Uncategorised ${p.uncategorised.length}`,
    "",
    pc.bold(
      `${PILE_TITLES.focus} (stalled after ${report.stallDays.yellow}/${report.stallDays.red} days without activity)`,
    ),
    ...(p.focus.length ? p.focus.map(issueLine) : ["  none"]),
  ];
  if (report.leftFocus.length)
    lines.push(
      "",
      pc.bold("Focus issues closed or relabelled since the last applied run"),
      ...report.leftFocus.map((i) => `  ${safe(i.key)}  ${safe(i.title)}`),
    );
  lines.push("", pc.bold("Findings"));
  if (!findings.length) lines.push("  none");
  for (const d of findings) {
    const icon =
      d.severity === "info" ? pc.cyan("ℹ") : d.severity === "error" ? pc.red("✖") : pc.yellow("⚠");
    lines.push(`  ${icon} ${safe(d.message)}  ${pc.dim(d.ruleId)}`);
  }
  const promote = report.suggestions.filter((s) => s.to === "focus");
  const refill = report.suggestions.filter((s) => s.to === "on-deck");
  lines.push(
    "",
    pc.bold("Suggested moves, best first (score = age + reactions + goal + assignee)"),
  );
  if (!report.suggestions.length) lines.push("  none");
  lines.push(
    ...suggestionLines("OnDeck → Focus", promote),
    ...suggestionLines("Other → OnDeck", refill),
  );
  lines.push(
    "",
    pc.bold(`Uncategorised: review first, give each a label (${p.uncategorised.length})`),
  );
  lines.push(...p.uncategorised.map((i) => `  ${safe(i.key)}  ${safe(i.title)}`));
  return `${lines.join("\n")}\n`;
}

/** The writes a run would make (dry run) or made. */
export function planText(issues: IssueWrites[], applied: boolean): string {
  if (!issues.length)
    return `${pc.green("✔")} Nothing to write: every label is where the moves want it.\n`;
  const writes = issues.reduce((n, i) => n + i.add.length + i.remove.length, 0);
  const head = applied
    ? `Writing ${plural(writes, "label change")} on ${plural(issues.length, "issue")}:`
    : `Would write ${plural(writes, "label change")} on ${plural(issues.length, "issue")} (dry run; --apply writes them, --rustbot prints comments instead):`;
  const rows = issues.map(
    (i) =>
      `  ${safe(i.issue)}  ${[...i.add.map((l) => pc.green(`+${safe(l)}`)), ...i.remove.map((l) => pc.red(`-${safe(l)}`))].join(" ")}`,
  );
  return `${head}\n${rows.join("\n")}\n`;
}

/** One `@rustbot label` comment per issue, to paste where the bot listens. */
export function rustbotText(issues: IssueWrites[]): string {
  if (!issues.length) return "";
  return `${issues
    .map(
      (i) =>
        `${safe(i.url)}\n@rustbot label ${[...i.add.map((l) => `+${l}`), ...i.remove.map((l) => `-${l}`)].map(safe).join(" ")}\n`,
    )
    .join("\n")}`;
}

export function appliedText(result: ApplyResult, planned: number): string {
  if (!result.failed)
    return `${pc.green("✔")} ${plural(result.done.length, "label change")} written, each logged in the cache (run ${result.runId}).\n`;
  const { write, message } = result.failed;
  return `${pc.red("✖")} ${result.done.length} of ${planned} label changes written; ${write.action === "add" ? "adding" : "removing"} ${safe(write.label)} on ${safe(write.issue)} failed: ${safe(message)}\n  ${pc.dim("Only the writes GitHub confirmed are logged as done. Run `waymark sync` and `waymark triage --apply` again to finish.")}\n`;
}

/** A suggestion as a GitHub Actions notice (the findings use the check format). */
export function suggestionAnnotation(s: Suggestion): string {
  const text = `Suggest ${PILE_TITLES[s.from]} → ${PILE_TITLES[s.to]}: ${s.issue.key} (${s.issue.title}); ${s.reason}; ${scoreText(s.score)}`;
  return `::notice title=triage-suggestion::${safe(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`;
}
