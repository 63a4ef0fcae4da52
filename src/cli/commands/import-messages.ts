import pc from "picocolors";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import type { LayoutName } from "../../model/types.js";
import type { ModelDifference } from "../../publish/native/compare-models.js";
import type { Destination } from "../../publish/native/write-tree.js";

/** What `waymark import` says; kept apart from the command's logic. */

export function destinationRefused(folder: string, found: Destination): string {
  const dest = escapeTerminal(folder);
  if (found === "not-a-folder")
    return `${pc.red("✖")} ${dest} is a file, expected a folder to write the workspace into.\n`;
  if (found === "symlink")
    return `${pc.red("✖")} ${dest} is or holds a symlink, expected real folders and files; nothing was written.\n  Waymark never writes through a link: remove it, or pick a new folder.\n`;
  return `${pc.red("✖")} ${dest} is not empty; nothing was written.\n  Pick a new folder, or pass --force to write into this one (files with the same names are replaced).\n`;
}

export function sourceProblems(errors: number, folder: string): string {
  const src = escapeTerminal(folder);
  const s = errors === 1 ? "" : "s";
  return `${pc.red("✖")} ${errors} error${s} while reading ${src}; nothing was written.\n  Fix them (see \`waymark check ${src}\`), then import again.\n`;
}

export interface ImportCounts {
  files: number;
  goals: number;
  initiatives: number;
  periods: number;
  pages: number;
}

export function imported(layout: LayoutName, src: string, dest: string, n: ImportCounts): string {
  return `${pc.green("✔")} imported the ${layout} workspace ${escapeTerminal(src)} into ${escapeTerminal(dest)}: ${n.files} files (${n.goals} goals, ${n.initiatives} initiatives, ${n.periods} periods, ${n.pages} pages)\n`;
}

export function notLossless(differences: ModelDifference[]): string {
  const lines = differences
    .slice(0, 10)
    .map(
      (d) => `  ${escapeTerminal(`${d.path}: ${short(d.expected)} became ${short(d.actual)}`)}\n`,
    );
  const more = differences.length > 10 ? `  …and more\n` : "";
  return `${pc.yellow("⚠")} the written workspace does not read back the same; this is a bug in waymark's import, please report it:\n${lines.join("")}${more}`;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? "nothing";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
