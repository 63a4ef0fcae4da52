import type { AlignType, Table, TableCell, TableRow } from "mdast";
import { type References, readPhrasing } from "./plain-phrasing.js";
import { acrossLines, isBlank, isPlain, type Line, onLine } from "./plain-text.js";

const DELIMITER = /^ *(:?)-+(:?) *$/;

/**
 * The GFM table whose header row is `head`, when all of it is plain: each line starts and ends
 * with `|`, a delimiter row as wide as the header follows, every row is as wide, every cell is
 * plain phrasing (text, or what `readPhrasing` reads: GFM reads each cell's inlines on their own,
 * after splitting the row at its pipes), and a blank line or the end closes it (any other line
 * would go on the table).
 * Positioned as micromark positions it. Returns the table and its last line.
 */
export function readTable(
  text: string,
  head: Line,
  next: (after: Line) => Line | undefined,
  references: References,
): { node: Table; last: Line } | undefined {
  const header = readRow(text, head, references);
  const delimiterLine = next(head);
  if (!header || !delimiterLine) return undefined;
  const align = readDelimiter(text, delimiterLine, header.children.length);
  if (!align) return undefined;
  const rows: TableRow[] = [header];
  let last = delimiterLine;
  for (let line = next(last); line && !isBlank(text, line); line = next(line)) {
    const row = readRow(text, line, references);
    if (!row || row.children.length !== header.children.length) return undefined;
    rows.push(row);
    last = line;
  }
  // A table with no body still ends after its delimiter row.
  return {
    node: { type: "table", align, children: rows, position: acrossLines(head, last) },
    last,
  };
}

/** A row `| a | b |` of plain cells, each positioned from its opening pipe. */
function readRow(text: string, line: Line, references: References): TableRow | undefined {
  const { start, end } = line;
  const pipes = text.charCodeAt(start) === 124 && text.charCodeAt(end - 1) === 124;
  if (end - start < 2 || !pipes) return undefined;
  const cells: TableCell[] = [];
  let pipe = start;
  while (pipe < end - 1) {
    const close = text.indexOf("|", pipe + 1);
    const raw = text.slice(pipe + 1, close);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    const from = pipe + 1 + lead;
    const children = isPlain(raw)
      ? value
        ? [{ type: "text" as const, value, position: onLine(line, from, from + value.length) }]
        : []
      : readPhrasing(text, from, from + value.length, [line], references);
    if (!children) return undefined;
    // The last cell takes its closing pipe; the others end where the next begins.
    const cellEnd = close === end - 1 ? end : close;
    const cell: TableCell = { type: "tableCell", children, position: onLine(line, pipe, cellEnd) };
    cells.push(cell);
    pipe = close;
  }
  if (cells.length === 0) return undefined;
  return { type: "tableRow", children: cells, position: acrossLines(line, line) };
}

/** The alignments of a delimiter row `| --- | :-: |` with `count` cells, or undefined. */
function readDelimiter(text: string, line: Line, count: number): AlignType[] | undefined {
  const row = text.slice(line.start, line.end);
  if (row.length < 2 || !row.startsWith("|") || !row.endsWith("|")) return undefined;
  const cells = row.slice(1, -1).split("|");
  if (cells.length !== count) return undefined;
  const align: AlignType[] = [];
  for (const cell of cells) {
    const match = DELIMITER.exec(cell);
    if (!match) return undefined;
    const [, left, right] = match;
    align.push(left && right ? "center" : left ? "left" : right ? "right" : null);
  }
  return align;
}
