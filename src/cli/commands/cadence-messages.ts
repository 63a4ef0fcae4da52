import pc from "picocolors";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";

/** The text of `waymark calendar` and `waymark agenda`, apart from their logic. */
export const cadenceMessages = {
  calendarWritten: (out: string, events: number) =>
    `${pc.green("✔")} wrote ${events} event${events === 1 ? "" : "s"} to ${escapeTerminal(out)}\n`,
  writeFailed: (out: string, reason: string) =>
    `waymark calendar: could not write ${escapeTerminal(out)}: ${escapeTerminal(reason)}. Nothing was written; choose another --out.\n`,
  noEvents: (dir: string) =>
    `waymark calendar: ${escapeTerminal(dir)} has no dated events. Add \`cadences:\` with an \`anchor\` or \`on\` day to waymark.yaml, a vision schedule, or period dates (see docs/cadence.md).\n`,
  unknownAgenda: (kind: string) =>
    `waymark agenda: unexpected ${escapeTerminal(JSON.stringify(kind))}, expected triage or progress\n`,
  noTriage: (dir: string) =>
    `waymark agenda triage: ${escapeTerminal(dir)} has no \`triage:\` in waymark.yaml, so there is no triage meeting to prepare. Add the focus labels (see docs/format.md#triage).\n`,
};
