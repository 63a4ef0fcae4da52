import type { LimitName, Limits } from "./limits.js";

/** Where a text first goes past a limit: the limit, the offset where the construct starts. */
export interface LimitHit {
  limit: LimitName;
  offset: number;
  /** What was found, for the message: "block nesting 1750 deep". */
  found: string;
}

/**
 * One linear pass over Markdown text, before micromark sees it, that bounds the constructs whose
 * parse costs more than linear time or recurses once per level:
 * - nesting of block quotes and lists, estimated per line from its leading markers and its
 *   indentation (a list level takes at least two columns), so the estimate is never too low;
 * - emphasis delimiters, backticks and `[` per paragraph (text between blank lines, which no
 *   inline content spans): micromark matches each against the earlier ones, or scans the rest of
 *   the paragraph for a closing run, so the cost is their count times the paragraph;
 * - table cells (columns of the delimiter row times rows, or a row's own cells if more), which
 *   cost memory per cell and are padded to the header's width when rendered.
 * Code blocks are scanned like the rest: the counts are upper bounds, never exact.
 */
export function scanMarkdown(text: string, limits: Limits): LimitHit | undefined {
  let delimiters = 0;
  let backticks = 0;
  let brackets = 0;
  let cells = 0;
  let tableColumns = 0;
  let previousHadPipe = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const nesting = blockNesting(text, lineStart, lineEnd, limits["nesting-depth"]);
    if (nesting.depth > limits["nesting-depth"]) {
      return hit("nesting-depth", nesting.offset, `block nesting ${nesting.depth} deep`);
    }
    let pipes = 0;
    let blank = true;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2a || c === 0x5f || c === 0x7e) {
        // `*`, `_`, `~`: each character, as a long run nests once per pair.
        if (++delimiters > limits["emphasis-delimiters"]) {
          return hit(
            "emphasis-delimiters",
            i,
            `${delimiters} emphasis delimiters in one paragraph`,
          );
        }
      } else if (c === 0x60) {
        if (++backticks > limits["code-backticks"]) {
          return hit("code-backticks", i, `${backticks} backticks in one paragraph`);
        }
      } else if (c === 0x5b) {
        if (++brackets > limits["link-brackets"]) {
          return hit("link-brackets", i, `${brackets} \`[\` in one paragraph`);
        }
      } else if (c === 0x7c) pipes++;
      if (blank && c !== 0x20 && c !== 0x09 && c !== 0x0d) blank = false;
    }
    if (blank) {
      delimiters = 0;
      backticks = 0;
      brackets = 0;
      tableColumns = 0;
    } else if (tableColumns) {
      cells += Math.max(tableColumns, rowCells(text, lineStart, lineEnd, pipes));
    } else if (previousHadPipe || pipes) {
      const columns = delimiterRowColumns(text, lineStart, lineEnd);
      // The header row above and this delimiter row.
      if (columns && (previousHadPipe || pipes)) {
        tableColumns = columns;
        cells += 2 * columns;
      }
    }
    if (cells > limits["table-cells"]) {
      return hit("table-cells", lineStart, `tables of ${cells} cells`);
    }
    previousHadPipe = pipes > 0;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

const hit = (limit: LimitName, offset: number, found: string): LimitHit => ({
  limit,
  offset,
  found,
});

/**
 * An upper bound of the containers open on a line: each `>`, list marker (`-`, `+`, `*`, `1.`,
 * `1)`) followed by a space, and every two columns of indentation, which a nested list needs.
 * Past `max`, the offset is where the marker or indentation that went past it starts.
 */
function blockNesting(
  text: string,
  start: number,
  end: number,
  max: number,
): { depth: number; offset: number } {
  let markers = 0;
  let columns = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let next = i;
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4;
    else if (c === 0x3e || ((c === 0x2d || c === 0x2b || c === 0x2a) && isSpace(text, i + 1, end)))
      markers++;
    else if (isDigit(c)) {
      while (next < end && next - i < 9 && isDigit(text.charCodeAt(next))) next++;
      const mark = text.charCodeAt(next);
      if ((mark !== 0x2e && mark !== 0x29) || !isSpace(text, next + 1, end)) break;
      markers++;
    } else break;
    const depth = markers + Math.floor(columns / 2);
    if (depth > max) return { depth, offset: i };
    // One space after a marker belongs to it, not to the indentation.
    if (c !== 0x20 && c !== 0x09 && text.charCodeAt(next + 1) === 0x20) next++;
    i = next;
  }
  return { depth: markers + Math.floor(columns / 2), offset: start };
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (text: string, at: number, end: number) =>
  at >= end || text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09;

/** The columns of a GFM delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
function delimiterRowColumns(text: string, start: number, end: number): number {
  let columns = 0;
  let inDashes = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) {
      if (!inDashes) columns++;
      inDashes = true;
    } else if (c === 0x7c || c === 0x3a || c === 0x20 || c === 0x09 || c === 0x0d) {
      if (c === 0x7c) inDashes = false;
    } else return 0;
  }
  return columns;
}

/** Cells of a table row: one more than its pipes, less a leading and a trailing one. */
function rowCells(text: string, start: number, end: number, pipes: number): number {
  const row = text.slice(start, end).trim();
  return pipes + 1 - (row.startsWith("|") ? 1 : 0) - (row.endsWith("|") && row.length > 1 ? 1 : 0);
}
