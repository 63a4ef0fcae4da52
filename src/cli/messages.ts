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
