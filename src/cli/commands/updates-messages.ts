import pc from "picocolors";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";

/** What `waymark updates` and `waymark remind` say besides their reports; apart from the logic. */

const refusal = (message: string, hint: string) =>
  `${pc.red("✖")} ${escapeTerminal(message)}\n  ${pc.dim(escapeTerminal(hint))}\n`;

/** A date option that is no date: which option, what it held, what it takes. */
export function badDateOption(command: string, option: string, value: string): string {
  return refusal(
    `waymark ${command} ${option} ${JSON.stringify(value)}: Unexpected ${JSON.stringify(value)}, expected a date as YYYY-MM-DD that exists`,
    `Write the day as year-month-day, e.g. ${option} 2024-10-01.`,
  );
}

export function windowReversed(from: string, to: string): string {
  return refusal(
    `waymark updates --from ${from} --to ${to}: Unexpected --from after --to, expected a window that starts on or before it ends`,
    `Swap them: --from ${to} --to ${from}.`,
  );
}

/** Nothing to report from: updates are read from the cache `waymark sync` writes. */
export function notSynced(command: string, dir: string): string {
  return refusal(
    `waymark ${command}: Unexpected workspace without a sync cache in ${dir}, expected one written by \`waymark sync\``,
    `Run \`waymark sync ${dir}\` first (it needs a GitHub token); updates are read from the comments it caches.`,
  );
}

/** A Markdown report for the terminal: each line through escapeTerminal, the line breaks kept. */
export function terminalLines(text: string): string {
  return text.split("\n").map(escapeTerminal).join("\n");
}

/** `remind` in a workspace where no item asks for updates: say how to ask for them. */
export function noCadence(): string {
  return `${pc.yellow("⚠")} No item has an update cadence, so none is due.\n  ${pc.dim("Set `updates: { every: 2 weeks }` in waymark.yaml (weekly, 2 weeks or 4 weeks), or `update-every:` on an item.")}\n`;
}
