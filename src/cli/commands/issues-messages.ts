import pc from "picocolors";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import type { AppliedWrite } from "../../track/issues/apply-issues.js";
import type { IssuePlan, IssueWrite } from "../../track/issues/plan-issues.js";

/** What `waymark issues` says; kept apart from the command's logic. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** Text from files or GitHub, with terminal control sequences made harmless. */
const clean = escapeTerminal;
const list = (items: string[]) => items.map((i) => clean(i)).join(", ");

/** One write, as a line: what it does to which issue or goal. */
export function describeWrite(write: IssueWrite, created?: string): string {
  switch (write.kind) {
    case "create-milestone":
      return `create milestone ${clean(write.title)} in ${write.repo}`;
    case "create-issue":
      return `open ${created ?? `an issue in ${write.repo}`} for ${write.goal}: "${clean(write.title)}", labels [${list(write.labels)}], milestone ${clean(write.milestone)}, assignees [${list(write.assignees)}]; record it in ${write.file}`;
    case "set-title":
      return `retitle ${write.issue}: "${clean(write.from)}" → "${clean(write.to)}"`;
    case "add-labels":
      return `add labels [${list(write.labels)}] to ${write.issue}`;
    case "set-milestone":
      return `set the milestone of ${write.issue}: ${clean(write.from ?? "(none)")} → ${clean(write.to)}`;
    case "add-assignees":
      return `assign [${list(write.assignees)}] to ${write.issue}`;
  }
}

export function plannedWrites(plan: IssuePlan, period: string): string {
  const lines = plan.writes.map((w) => `  ${pc.cyan("would")} ${describeWrite(w)}\n`);
  const head = plan.writes.length
    ? `${plural(plan.writes.length, "write")} for the accepted goals of ${period} (dry run; nothing was written):\n`
    : `${pc.green("✔")} The tracking issues of ${period}'s accepted goals are up to date: nothing to write.\n`;
  const tail = plan.writes.length ? `  ${pc.dim("Run again with --apply to make them.")}\n` : "";
  return head + lines.join("") + skippedLines(plan) + tail;
}

export function appliedWrite(applied: AppliedWrite): string {
  const created = applied.created
    ? `${applied.created.owner}/${applied.created.repo}#${applied.created.number}`
    : undefined;
  return `${pc.green("✔")} ${describeWrite(applied.write, created)}\n`;
}

export function appliedSummary(plan: IssuePlan, made: number, period: string): string {
  const head = made
    ? `${pc.green("✔")} ${plural(made, "write")} made for the accepted goals of ${period}.\n`
    : `${pc.green("✔")} The tracking issues of ${period}'s accepted goals are up to date: nothing to write.\n`;
  return head + skippedLines(plan);
}

function skippedLines(plan: IssuePlan): string {
  return plan.skipped
    .map((s) => {
      const why =
        s.reason === "missing-issue"
          ? `its tracking issue ${s.issue} does not exist or is not visible`
          : s.reason === "no-repository"
            ? "it has no tracking issue and github.issues.repository is not set in waymark.yaml"
            : "its file cannot take the new issue number (see above)";
      return `  ${pc.yellow("!")} skipped ${s.goal} (${s.file}): ${why}\n`;
    })
    .join("");
}

export function noPeriod(): string {
  return `${pc.red("✖")} Unexpected workspace without periods, expected one to take the accepted goals from\n  ${pc.dim("Add periods to waymark.yaml, or pass --period.")}\n`;
}

export function unknownPeriod(period: string, known: string[]): string {
  return `${pc.red("✖")} Unexpected period \`${clean(period)}\`, expected one of ${known.join(", ") || "(none)"}\n  ${pc.dim("Pass --period with a period of the workspace.")}\n`;
}

export function cannotRecord(file: string, reason: string): string {
  return `${pc.yellow("!")} ${file}: cannot record a new issue number: ${reason}\n`;
}

export function issuesFailed(message: string, made: number): string {
  const done = made
    ? `${plural(made, "write")} made before it; each new issue number is already in its goal file.`
    : "Nothing was written.";
  return `${pc.red("✖")} waymark issues failed: ${message}\n  ${pc.dim(`${done} Run the command again: it makes only the writes still missing.`)}\n`;
}
