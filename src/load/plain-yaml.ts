import {
  child,
  closeRange,
  keyEnd,
  openRange,
  type RangeList,
  readBlockValue,
  stringKey,
} from "./plain-yaml-value.js";

/**
 * Plain YAML: front matter written in a subset that reads only one way, built directly instead of
 * through `yaml`'s parse, compose and `toJS` (which took a third of a cold build's load). The
 * subset: a block map at the top, of `key: value` lines, a key of `[\w][\w./-]*` that is a string
 * (not `true`, `null`, a number); values that are plain or simple quoted scalars on one line,
 * flow sequences and maps of such scalars on one line, nested block maps, and block sequences
 * of scalars, flow collections or compact maps (`- id: a` then `  title: b`); comments at the
 * end of a value's line, and comment lines at column 0 after a value that is not null. No anchors,
 * tags, block scalars, multi-line scalars, tabs, CRs or duplicate keys: anything else
 * returns undefined and `yaml` parses the text as before. The value and the ranges (offsets in
 * the text, by path, in the order `collectRanges` meets them) are what `yaml` gives;
 * `plain-yaml.test.ts` holds them equal on every workspace we have and on random YAML.
 */
export function readPlainYaml(text: string): { value: unknown; ranges: RangeList } | undefined {
  if (!PLAIN_CHARS.test(text)) return undefined;
  const lines = linesOf(text);
  if (!lines || lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  const cursor: Cursor = { text, lines, at: 0, ranges: { paths: [], offsets: [] } };
  const map = readMap(cursor, 0, "", lines[0]!.start);
  if (!map || cursor.at !== lines.length) return undefined;
  return { value: map.value, ranges: cursor.ranges };
}

// Printable characters and newlines only: no tab, CR, control character, BOM, line separator or
// lone surrogate.
const PLAIN_CHARS =
  /^[\n\u{20}-\u{7e}\u{a0}-\u{2027}\u{202a}-\u{d7ff}\u{e000}-\u{fefe}\u{ff00}-\u{fffd}\u{10000}-\u{10ffff}]*$/u;

/** A line that holds more than spaces. */
interface Line {
  start: number;
  /** After its last non-space character. */
  end: number;
  /** Where its newline is (or the text ends). */
  eol: number;
  indent: number;
  /** Whether comment lines follow it. */
  commentAfter: boolean;
}

interface Cursor {
  text: string;
  /** The lines that are neither blank nor comments, which change nothing in the subset. */
  lines: Line[];
  /** The next line to read. */
  at: number;
  ranges: RangeList;
}

function linesOf(text: string): Line[] | undefined {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const eol = newline < 0 ? text.length : newline;
    let end = eol;
    while (end > start && text[end - 1] === " ") end--;
    let first = start;
    while (first < end && text[first] === " ") first++;
    const indent = first - start;
    const last = lines.at(-1);
    if (text[first] === "#" && first < end) {
      // A comment line: `yaml` counts an indented one into the range of the collection before
      // it, and any one that follows a null into the null's: such a file is left to it.
      if (indent > 0) return undefined;
      if (last) last.commentAfter = true;
    } else if (end > start) lines.push({ start, end, eol, indent, commentAfter: false });
    start = eol + 1;
  }
  return lines;
}

/** Where a node that ends its line ends for `yaml`: after the line's newline. */
const afterLine = (text: string, line: Line): number => Math.min(line.eol + 1, text.length);

/** Whether the line's content (at its indentation) is a block sequence's `- ` or `-`. */
function isDash(text: string, line: Line): boolean {
  const at = line.start + line.indent;
  return text[at] === "-" && (at + 1 === line.end || text[at + 1] === " ");
}

interface Read {
  value: unknown;
  end: number;
}

/**
 * A block map whose keys sit at `column`, its first key at `from` (after a sequence's `- ` on
 * the first line, at the indentation on the others).
 */
function readMap(cursor: Cursor, column: number, path: string, from: number): Read | undefined {
  const { text, lines, ranges } = cursor;
  const self = openRange(ranges, path, from);
  const value: Record<string, unknown> = {};
  let end = from;
  for (let at = from; cursor.at < lines.length; ) {
    const line = lines[cursor.at]!;
    if (at < 0) {
      if (line.indent < column) break;
      if (line.indent > column) return undefined;
      at = line.start + column;
    }
    const colon = keyEnd(text, at, line.end);
    if (colon < 0) return undefined;
    const key = text.slice(at, colon);
    if (!stringKey(key) || Object.hasOwn(value, key)) return undefined;
    const keyPath = child(path, key);
    openRange(ranges, `${keyPath}#key`, at, colon);
    let start = colon + 1;
    while (start < line.end && text[start] === " ") start++;
    cursor.at++;
    const commented = text[start] === "#" && start < line.end;
    const read =
      start < line.end && !commented
        ? readLineValue(cursor, line, start, keyPath)
        : readNested(cursor, column, line, keyPath, commented);
    if (!read) return undefined;
    value[key] = read.value;
    end = read.end;
    at = -1;
  }
  closeRange(ranges, self, end);
  return { value, end };
}

function readLineValue(cursor: Cursor, line: Line, start: number, path: string): Read | undefined {
  const read = readBlockValue(cursor.text, start, line.end, path, cursor.ranges);
  return read && { value: read.value, end: afterLine(cursor.text, line) };
}

/**
 * The value of a key that ends its line: a map or sequence indented under it, a sequence at the
 * key's own column, or else null, placed (as `yaml` places it) at the end of the key's line.
 */
function readNested(
  cursor: Cursor,
  column: number,
  keyLine: Line,
  path: string,
  commented: boolean,
): Read | undefined {
  const { text, lines, ranges } = cursor;
  const next = lines[cursor.at];
  if (next && (next.indent > column || (next.indent === column && isDash(text, next)))) {
    if (isDash(text, next)) return readSeq(cursor, next.indent, path);
    return readMap(cursor, next.indent, path, next.start + next.indent);
  }
  // A null with a comment after it ends where the comment does, or further: left to `yaml`.
  if (commented || keyLine.commentAfter) return undefined;
  openRange(ranges, path, keyLine.eol, keyLine.eol);
  return { value: null, end: keyLine.eol };
}

/** A block sequence whose `- ` sit at `column`: of one-line values or compact maps. */
function readSeq(cursor: Cursor, column: number, path: string): Read | undefined {
  const { text, lines, ranges } = cursor;
  const self = openRange(ranges, path, lines[cursor.at]!.start + column);
  const value: unknown[] = [];
  let end = -1;
  while (cursor.at < lines.length) {
    const line = lines[cursor.at]!;
    if (line.indent < column || (line.indent === column && !isDash(text, line))) break;
    if (line.indent > column) return undefined;
    let start = line.start + column + 1;
    while (start < line.end && text[start] === " ") start++;
    if (start === line.end) return undefined;
    const itemPath = child(path, value.length);
    let read: Read | undefined;
    if (keyEnd(text, start, line.end) >= 0) {
      read = readMap(cursor, start - line.start, itemPath, start);
    } else {
      cursor.at++;
      read = readLineValue(cursor, line, start, itemPath);
    }
    if (!read) return undefined;
    value.push(read.value);
    end = read.end;
  }
  closeRange(ranges, self, end);
  return { value, end };
}
