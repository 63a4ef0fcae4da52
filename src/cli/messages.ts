import pc from "picocolors";
import type { Summary } from "../diagnostics/format.js";

/** CLI text, kept apart from the logic. */

export function checkSummary({ errors, warnings }: Summary, files: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (!errors && !warnings)
    return `${pc.green("✔")} ${plural(files, "file")} checked, no problems\n`;
  const mark = errors ? pc.red("✖") : pc.yellow("⚠");
  return `${mark} ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}\n`;
}

/** Our own bug: say so plainly, without a stack trace unless asked for. */
export function internalError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env.WAYMARK_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
  return `waymark: internal error: ${message}${stack}\nThis is a bug in waymark, not in your files; please report it (set WAYMARK_DEBUG=1 for details).\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `status --period` named a period the workspace does not have. */
export function unknownPeriod(period: string, known: string[]): string {
  const expected = known.length
    ? `, expected one of ${known.map((p) => `\`${p}\``).join(", ")}`
    : ": the workspace names no periods";
  const hint = known.length
    ? `Pass one of the periods above, or create it with \`waymark new period ${period}\`.`
    : `Create one with \`waymark new period ${period}\`.`;
  return `${pc.red("✖")} Unexpected period \`${period}\`${expected}\n  ${pc.dim(hint)}\n`;
}

/** `status` still prints what loaded; this says how much did not. */
export function statusLoadProblems(errors: number, dir: string): string {
  return `${pc.yellow("⚠")} ${plural(errors, "error")} while loading; some items may be missing. Run \`waymark check ${dir}\` for details.\n`;
}

/** The workspace folder itself could not be read. */
export function unreadableWorkspace(dir: string, message: string, hint?: string): string {
  return `${pc.red("✖")} ${message}: ${dir}\n${hint ? `  ${pc.dim(hint)}\n` : ""}`;
}
