import type { Span } from "../../../diagnostics/diagnostic.js";
import { column, type ParsedTable } from "../../markdown/tables.js";
import type { Milestone, State } from "../../types.js";
import {
  badges,
  type Definitions,
  handles,
  isHelpWanted,
  isStruck,
  personRefs,
  teamRefs,
  unique,
  withoutBadges,
} from "./cells.js";

/** One row of a `| Task | Owner(s) | Notes |` table. */
export interface Task {
  title: string;
  /** The cells' Markdown, as written, for Item.extra. */
  source: { task: string; owners: string; notes: string };
  people: string[];
  teams: string[];
  /** A `![Team][]` row: something asked of the teams, not done by the goal's people. */
  teamAsk: boolean;
  helpWanted: boolean;
  done: boolean;
  notes?: string;
  span: Span;
}

export function readTasks(table: ParsedTable, definitions: Definitions): Task[] {
  const owners = column(table, "owner");
  const notes = column(table, "notes", "status");
  return table.rows.flatMap((row): Task[] => {
    const task = row[0];
    if (!task?.text || /^(\.{3}|…)$/.test(task.text)) return [];
    const ownerSource = row[owners]?.source ?? "";
    const noteSource = notes >= 0 ? (row[notes]?.source ?? "") : "";
    const people = unique([...handles(ownerSource), ...personRefs(ownerSource, definitions)]);
    const teams = teamRefs(ownerSource, definitions);
    // `[Team][]` without the `!` is a slip for the badge; it still marks a team ask.
    const teamAsk = /\[team\]/i.test(ownerSource) || (teams.length > 0 && people.length === 0);
    const helpWanted = isHelpWanted(ownerSource);
    const complete = badges(noteSource).some((b) => b === "complete" || b === "completed");
    return [
      {
        title: task.text,
        source: { task: task.source, owners: ownerSource, notes: noteSource },
        people,
        teams: teamAsk ? teams : [],
        teamAsk,
        helpWanted,
        done: complete || isStruck(task.source) || /^(done|complete[d]?)$/i.test(noteSource),
        notes: withoutBadges(noteSource) || undefined,
        span: task.span,
      },
    ];
  });
}

/**
 * A task as a milestone: its owners take part, a `![Complete][]` note means done, and a task
 * nobody owns but that asks for help is help-wanted. Routine asks the toml marks `elide` (moral
 * support, standard reviews) are not steps of a plan, so they are not milestones.
 */
export function toMilestone(task: Task): Milestone {
  const state: State | undefined = task.done
    ? "done"
    : task.helpWanted && task.people.length === 0
      ? "help-wanted"
      : undefined;
  return {
    title: task.title,
    state,
    participants: [...task.people, ...task.teams],
    notes: task.notes,
    span: task.span,
  };
}

/** The task rows as Item.extra keeps them: the cells as written, empty ones left out. */
export function taskRecords(tasks: Task[]): Record<string, string>[] {
  return tasks.map(({ source }) => {
    const record: Record<string, string> = { task: source.task };
    if (source.owners) record.owners = source.owners;
    if (source.notes) record.notes = source.notes;
    return record;
  });
}
