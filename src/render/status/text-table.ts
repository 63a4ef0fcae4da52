import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import { padEnd, stringWidth } from "./string-width.js";

/** A table cell: its plain text, which sets the width, and an optional colour. */
export interface Cell {
  text: string;
  paint?: (s: string) => string;
}

export interface TableStyle {
  header: (s: string) => string;
  rule: (s: string) => string;
}

const GAP = "  ";

/**
 * Lays out a table for the terminal: columns as wide as their widest cell by display width,
 * a header, a rule under it, and no trailing spaces. Colour wraps the text only, and widths
 * skip escape codes, so colour never skews the alignment. Cell text comes from files, so its
 * control characters are escaped before measuring and colouring.
 */
export function renderTable(headers: string[], cells: Cell[][], style: TableStyle): string {
  const rows = cells.map((row) =>
    row.map((cell) => ({ ...cell, text: escapeTerminal(cell.text) })),
  );
  const widths = headers.map((h, i) =>
    Math.max(stringWidth(h), ...rows.map((row) => stringWidth(row[i]?.text ?? ""))),
  );
  const line = (cells: Cell[]) =>
    cells
      .map((cell, i) => {
        const text = cell.paint && cell.text ? cell.paint(cell.text) : cell.text;
        return padEnd(text, widths[i] ?? 0);
      })
      .join(GAP)
      .trimEnd();
  const header = line(headers.map((h) => ({ text: h, paint: style.header })));
  const rule = style.rule(widths.map((w) => "─".repeat(w)).join(GAP));
  return [header, rule, ...rows.map(line)].map((l) => `${l}\n`).join("");
}
