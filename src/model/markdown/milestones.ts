import type { Table } from "mdast";
import type { MarkdownDocument, Milestone } from "../types.js";
import type { Section } from "./sections.js";
import { parseState } from "./state.js";
import { column, readTable } from "./tables.js";

/** Splits a participants cell: "@a, @b and [c]" → ["a", "b", "c"]. */
export function splitPeople(text: string): string[] {
  return text
    .split(/,|\band\b|;/)
    .map((p) =>
      p
        .trim()
        .replace(/^@/, "")
        .replace(/^\[|\]$/g, "")
        .trim(),
    )
    .filter((p) => p && p !== "-" && p !== "—");
}

/** Reads the first table of a Milestones section: a title column, State/Status, participants, notes. */
export function readMilestones(doc: MarkdownDocument, section: Section): Milestone[] {
  const node = section.children.find((n): n is Table => n.type === "table");
  if (!node) return [];
  const table = readTable(doc, node);
  const state = column(table, "state", "status");
  const people = column(table, "key participants", "participants", "owner", "who");
  const notes = column(table, "notes");
  return table.rows
    .filter((row) => row[0]?.text)
    .map((row) => ({
      title: row[0]!.text,
      state: state >= 0 ? parseState(row[state]?.source ?? "") : undefined,
      participants: people >= 0 ? splitPeople(row[people]?.text ?? "") : [],
      notes: notes >= 0 ? row[notes]?.text || undefined : undefined,
      span: row[0]!.span,
    }));
}
