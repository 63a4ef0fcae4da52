import type { Table } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import type { Span } from "../../diagnostics/diagnostic.js";
import type { MarkdownDocument } from "../types.js";

export interface Cell {
  /** The cell's plain text (Markdown stripped). */
  text: string;
  /** The cell's Markdown source, trimmed. */
  source: string;
  span: Span;
}

export interface ParsedTable {
  header: string[];
  rows: Cell[][];
  span: Span;
}

/** Reads a GFM table into header names and cell texts with positions. */
export function readTable(doc: MarkdownDocument, table: Table): ParsedTable {
  const [head, ...body] = table.children;
  const cellOf = (cell: Table["children"][number]["children"][number]): Cell => {
    const start = cell.position?.start.offset ?? 0;
    const end = cell.position?.end.offset ?? start;
    // A cell's position includes its pipe and padding; point at the content itself.
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.replace(/^[|\s]+/, "").length;
    const source = raw
      .slice(lead)
      .replace(/\|?\s*$/, "")
      .trimEnd();
    const from = source ? start + lead : start;
    return {
      text: mdToString(cell).trim(),
      source,
      span: doc.lines.span(doc.file, from, from + source.length),
    };
  };
  return {
    header: (head?.children ?? []).map((c) => mdToString(c).trim()),
    rows: body.map((row) => row.children.map(cellOf)),
    span: doc.lines.span(
      doc.file,
      table.position?.start.offset ?? 0,
      table.position?.end.offset ?? 0,
    ),
  };
}

/** Index of the first header matching one of the names (case-insensitive, by prefix); -1 if none. */
export function column(table: ParsedTable, ...names: string[]): number {
  const lower = table.header.map((h) => h.toLowerCase().trim());
  for (const name of names) {
    const i = lower.findIndex((h) => h === name || h.startsWith(name));
    if (i >= 0) return i;
  }
  return -1;
}
