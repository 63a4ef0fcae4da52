import type { AlignType, Root, RootContent, Table, TableCell, TableRow } from "mdast";

/**
 * GFM tables cost micromark about half of a roadmap's parse: every cell is tokenized on its own.
 * Most roadmap tables hold only plain text (states, names, `@handles`), and a table like that has
 * one tree. This module finds such tables, parses the text with them blanked out (offsets kept,
 * so every other node keeps its position) and puts the tables it built back in.
 *
 * A table is taken only when nothing could read it otherwise: it starts at column 0 after a blank
 * line, ends at a blank line or the end, every line starts and ends with `|`, every row has the
 * header's number of cells, and no cell holds a character that starts inline syntax (see `plain`).
 * After the parse, a node that reaches across a blanked table (an open fence, a list the blank
 * lines joined) means the blanking changed the reading: the text is then parsed as it is.
 * The differential tests (`plain-tables.test.ts`) hold this against micromark on both corpora,
 * the generated workspace and random documents.
 */
export function parseWithPlainTables(text: string, parse: (text: string) => Root): Root {
  if (!text.includes("\n|") || text.includes("\r")) return parse(text);
  const tables = findPlainTables(text);
  if (tables.length === 0) return parse(text);
  const tree = parse(blankOut(text, tables));
  return spliceTables(tree, tables) ? tree : parse(text);
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its end, before the newline. */
  end: number;
  /** 1-based line number. */
  line: number;
}

/** Cells between pipes: a character that could start or end inline syntax leaves the table to micromark. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a tab or control character in a cell leaves it to micromark.
const NOT_PLAIN = /[\\`*_[\]!<>&~:\u0000-\u001f\u007f]|[\w.+-]@|www\./i;
const DELIMITER = /^ *(:?)-+(:?) *$/;

function findPlainTables(text: string): Table[] {
  const tables: Table[] = [];
  let previousBlank = true;
  let line = 1;
  let start = 0;
  const next = (from: number, number: number): Line => {
    const newline = text.indexOf("\n", from);
    return { start: from, end: newline < 0 ? text.length : newline, line: number };
  };
  while (start < text.length) {
    const head = next(start, line);
    if (previousBlank && text.charCodeAt(start) === 124 /* | */) {
      const table = readTable(text, head, next);
      if (table) {
        tables.push(table.node);
        start = table.after;
        line = table.afterLine;
        previousBlank = true;
        continue;
      }
    }
    previousBlank = /^[ \t]*$/.test(text.slice(head.start, head.end));
    start = head.end + 1;
    line++;
  }
  return tables;
}

/** The table whose header is `head`, when all of it is plain; where the text goes on after it. */
function readTable(
  text: string,
  head: Line,
  next: (from: number, line: number) => Line,
): { node: Table; after: number; afterLine: number } | undefined {
  const header = readRow(text, head);
  if (!header || head.end >= text.length) return undefined;
  const delimiterLine = next(head.end + 1, head.line + 1);
  const align = readDelimiter(text, delimiterLine, header.children.length);
  if (!align) return undefined;
  const rows: TableRow[] = [header];
  let last = delimiterLine;
  while (last.end < text.length) {
    const line = next(last.end + 1, last.line + 1);
    if (/^[ \t]*$/.test(text.slice(line.start, line.end))) break;
    const row = readRow(text, line);
    if (!row || row.children.length !== header.children.length) return undefined;
    rows.push(row);
    last = line;
  }
  // A table with no body still ends after its delimiter row.
  const end = { line: last.line, column: last.end - last.start + 1, offset: last.end };
  const position = { start: { ...header.position!.start }, end };
  return {
    node: { type: "table", align, children: rows, position },
    after: last.end + 1,
    afterLine: last.line + 1,
  };
}

/** A row `| a | b |` of plain cells, positioned as micromark does: each cell from its pipe. */
function readRow(text: string, line: Line): TableRow | undefined {
  const { start, end } = line;
  const pipes = text.charCodeAt(start) === 124 && text.charCodeAt(end - 1) === 124;
  if (end - start < 2 || !pipes) return undefined;
  const point = (offset: number) => ({ line: line.line, column: offset - start + 1, offset });
  const cells: TableCell[] = [];
  let pipe = start;
  while (pipe < end - 1) {
    const close = text.indexOf("|", pipe + 1);
    const raw = text.slice(pipe + 1, close);
    if (NOT_PLAIN.test(raw)) return undefined;
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    const cellEnd = close === end - 1 ? end : close;
    const cell: TableCell = {
      type: "tableCell",
      children: [],
      position: { start: point(pipe), end: point(cellEnd) },
    };
    if (value) {
      const from = pipe + 1 + lead;
      const position = { start: point(from), end: point(from + value.length) };
      cell.children.push({ type: "text", value, position });
    }
    cells.push(cell);
    pipe = close;
  }
  if (cells.length === 0) return undefined;
  return { type: "tableRow", children: cells, position: { start: point(start), end: point(end) } };
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

/** The text with each table's characters turned to spaces: blank lines, same offsets. */
function blankOut(text: string, tables: Table[]): string {
  let out = "";
  let at = 0;
  for (const table of tables) {
    const from = table.position!.start.offset!;
    const to = table.position!.end.offset!;
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\n]/g, " ");
    at = to;
  }
  return out + text.slice(at);
}

/**
 * Puts the tables among the root's children by offset; false when a child reaches into a
 * table's lines, which means the blank lines were read as part of it.
 */
function spliceTables(tree: Root, tables: Table[]): boolean {
  const children: RootContent[] = [];
  let t = 0;
  for (const child of tree.children) {
    const from = child.position?.start.offset ?? 0;
    const to = child.position?.end.offset ?? 0;
    while (t < tables.length && tables[t]!.position!.end.offset! <= from) {
      children.push(tables[t]!);
      t++;
    }
    if (t < tables.length && to > tables[t]!.position!.start.offset!) return false;
    children.push(child);
  }
  tree.children = children.concat(tables.slice(t));
  return true;
}
