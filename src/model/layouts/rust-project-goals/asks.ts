import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { column, type ParsedTable } from "../../markdown/tables.js";
import type { TeamAsk } from "../../types.js";
import { type Definitions, isBlank, teamId, teamRefs, withoutBadges } from "./cells.js";
import type { Task } from "./tasks.js";

const LEVELS = ["Small", "Medium", "Large"];

/** Old format: `| RFC decision | ![Team][] [lang] |` asks lang for an RFC decision. */
export function asksFromTasks(tasks: Task[]): TeamAsk[] {
  return tasks.flatMap((task) =>
    task.teamAsk ? task.teams.map((team) => ({ team, ask: task.title, span: task.span })) : [],
  );
}

/** New format: `| [lang] | Medium | Stabilization decisions |`. */
export function asksFromSupport(
  table: ParsedTable,
  definitions: Definitions,
  report: (d: Diagnostic) => void,
): TeamAsk[] {
  const levelAt = column(table, "support");
  const notesAt = column(table, "notes");
  return table.rows.flatMap((row): TeamAsk[] => {
    const cell = row[0];
    if (!cell || isBlank(cell.text)) return [];
    const team = teamRefs(cell.source, definitions)[0] ?? teamId(withoutBadges(cell.text));
    const levelCell = levelAt >= 0 ? row[levelAt] : undefined;
    const raw = levelCell?.text.trim() ?? "";
    // TEMPLATE.md lists every team with an empty level: rows left blank ask nothing.
    if (levelAt >= 0 && !raw) return [];
    const level = LEVELS.find((l) => l.toLowerCase() === raw.toLowerCase()) ?? (raw || undefined);
    if (levelCell && raw && !LEVELS.includes(level ?? "")) {
      report({
        ruleId: "invalid-value",
        severity: "warning",
        span: levelCell.span,
        message: `Unexpected support level \`${raw}\`, expected Small, Medium or Large`,
        hint: "Use one of the levels goal-format.md documents.",
      });
    }
    const notes = notesAt >= 0 ? (row[notesAt]?.text.trim() ?? "") : "";
    return [{ team, ask: notes, level, span: cell.span }];
  });
}

/** One ask per team, as the native format has it: several asks of one team are joined. */
export function mergeAsks(asks: TeamAsk[]): TeamAsk[] {
  const byTeam = new Map<string, TeamAsk>();
  for (const ask of asks) {
    const had = byTeam.get(ask.team);
    if (!had) {
      byTeam.set(ask.team, { ...ask });
      continue;
    }
    const parts = had.ask ? had.ask.split("; ") : [];
    if (ask.ask && !parts.includes(ask.ask)) had.ask = [...parts, ask.ask].join("; ");
    had.level ??= ask.level;
  }
  return [...byTeam.values()];
}
