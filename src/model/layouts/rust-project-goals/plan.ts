import { normalizeHeading } from "../../markdown/sections.js";
import type { ParsedTable } from "../../markdown/tables.js";
import { ancestors, type Outline, type OutlineSection, type OutlineTable } from "./outline.js";

/** The goal itself, or one of its subgoals: the tables that belong to it. */
export interface PlanUnit {
  /** The subgoal's section; undefined for the goal. */
  section?: OutlineSection;
  parent?: PlanUnit;
  taskTables: ParsedTable[];
  supportTables: ParsedTable[];
  /** A subgoal's own `| Metadata | |` table. */
  metadata?: OutlineTable;
}

/** Sections that hold a goal's plan (goal-format.md): old "Ownership and team asks", new "Work items". */
const PLAN_SECTION = /^(ownership and team asks|work items\b)/;

/**
 * Splits a goal into the goal and its subgoals. A subgoal is a section with its own task or
 * metadata table inside a plan section (goal-format.md's `####` under "Work items over the next
 * year", or the older `###` under "Ownership and team asks"), or inside a section that itself has
 * a task table. Subgoals nest inside subgoals.
 */
export function planUnits(tree: Outline, goalMetadata?: OutlineTable): PlanUnit[] {
  const goal: PlanUnit = { taskTables: [], supportTables: [] };
  const units: PlanUnit[] = [goal];
  const bySection = new Map<OutlineSection, PlanUnit>();
  const holdsTasks = (s: OutlineSection) => s.tables.some((t) => t.kind === "tasks");
  const isPlan = (s: OutlineSection) =>
    PLAN_SECTION.test(normalizeHeading(s.title)) || holdsTasks(s);
  for (const section of tree.sections) {
    const own = section.tables.some(
      (t) => t.kind === "tasks" || (t.kind === "metadata" && t !== goalMetadata),
    );
    const named = PLAN_SECTION.test(normalizeHeading(section.title));
    if (!own || named || !ancestors(section).some(isPlan)) continue;
    const parent = ancestors(section)
      .map((s) => bySection.get(s))
      .find((u) => u);
    const unit: PlanUnit = {
      section,
      parent: parent ?? goal,
      taskTables: [],
      supportTables: [],
      metadata: section.tables.find((t) => t.kind === "metadata" && t !== goalMetadata),
    };
    bySection.set(section, unit);
    units.push(unit);
  }
  const unitOf = (section: OutlineSection | undefined): PlanUnit => {
    for (let s = section; s; s = s.parent) {
      const unit = bySection.get(s);
      if (unit) return unit;
    }
    return goal;
  };
  const byTitle = new Map(
    units.filter((u) => u.section).map((u) => [normalizeHeading(u.section!.title), u] as const),
  );
  for (const table of tree.preamble) if (table.kind === "tasks") goal.taskTables.push(table.table);
  for (const section of tree.sections) {
    for (const table of section.tables) {
      if (table.kind === "tasks") unitOf(section).taskTables.push(table.table);
      // New-format asks for a subgoal sit under "Team asks" in a section named like the subgoal.
      if (table.kind === "support")
        (byTitle.get(normalizeHeading(section.title)) ?? unitOf(section)).supportTables.push(
          table.table,
        );
    }
  }
  return units;
}
