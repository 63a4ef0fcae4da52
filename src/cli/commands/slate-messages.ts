import pc from "picocolors";
import type { AcceptChange } from "../../create/plan-slate-accept.js";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";

/** What `waymark slate` says; kept apart from the command's logic. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Every change of `slate accept`, one line each: `file:line  status: proposed → accepted`. */
export function acceptChanges(title: string, changes: AcceptChange[], applied: boolean): string {
  const slate = escapeTerminal(/\bslate\b/i.test(title) ? title : `${title} goal slate`);
  const head = applied
    ? `${pc.green("✔")} Accepted ${slate}:`
    : `Accepting ${slate} ${pc.dim("(dry run: nothing is written; pass --apply to write)")}:`;
  if (!changes.length) return `${head} nothing to change.\n`;
  const width = Math.max(...changes.map((c) => `${c.file}:${c.line}`.length));
  const lines = changes.map(
    (c) =>
      `  ${escapeTerminal(`${c.file}:${c.line}`).padEnd(width)}  ${c.field}: ${c.from} → ${c.to === "not-accepted" ? pc.yellow(c.to) : pc.green(c.to)}\n`,
  );
  return `${head}\n${lines.join("")}`;
}

/** The tally after the list, and what comes next. */
export function acceptSummary(
  counts: { accepted: number; notAccepted: number; unchanged: number; files: number },
  applied: boolean,
  notes: string[],
): string {
  const out = [
    `${plural(counts.accepted, "goal")} accepted, ${counts.notAccepted} not accepted, ${counts.unchanged} unchanged (not proposed); ${plural(counts.files, "file")} ${applied ? "written" : "to write"}.\n`,
  ];
  if (notes.includes("rust-project-goals"))
    out.push(
      `${pc.dim("Mark the period accepted in its README's status badge; rust-project-goals keeps no state field.")}\n`,
    );
  if (notes.includes("no-page"))
    out.push(`${pc.dim("The period has no page under periods/, so no `state:` was set.")}\n`);
  if (applied)
    out.push(
      `${pc.dim("→")} Run \`waymark check\`, then create the tracking issues of the accepted goals.\n`,
    );
  return out.join("");
}

export function unknownSlateGoal(value: string, known: string[], hint: string): string {
  const list = known.slice(0, 8).map((k) => `\`${escapeTerminal(k)}\``);
  const more = known.length > 8 ? `, … (${known.length - 8} more)` : "";
  return `${pc.red("✖")} Unexpected goal \`${escapeTerminal(value)}\`, expected a goal of the slate: ${list.join(", ")}${more}\n  ${pc.dim(escapeTerminal(hint))}\n`;
}

export function spliceRefused(file: string, message: string): string {
  return `${pc.red("✖")} ${escapeTerminal(message)} in ${escapeTerminal(file)}\n  ${pc.dim("Nothing was written. Fix the file so that its status can be set, then run again.")}\n`;
}

export function writeRefused(file: string, reason: string): string {
  return `${pc.red("✖")} Unexpected ${escapeTerminal(reason)} while writing \`${escapeTerminal(file)}\`, expected a regular file in the workspace\n  ${pc.dim("The files listed before it were written; fix this one and run again (done changes are skipped).")}\n`;
}

export function unknownTeam(value: string, known: string[], near: string | undefined): string {
  const list = known.slice(0, 8).map((k) => `\`${escapeTerminal(k)}\``);
  const more = known.length > 8 ? `, … (${known.length - 8} more)` : "";
  const hint = near
    ? `Did you mean \`${escapeTerminal(near)}\`?`
    : "Pass a team id from waymark.yaml or one a goal asks.";
  return `${pc.red("✖")} Unexpected team \`${escapeTerminal(value)}\`, expected one of ${list.join(", ")}${more}\n  ${pc.dim(hint)}\n`;
}
