/**
 * One-line values of plain YAML (`plain-yaml.ts`): plain and simple quoted scalars, and flow
 * sequences and maps of them, read as `yaml` reads them, or undefined for anything else.
 */

/** Ranges as `collectRanges` (parse-yaml.ts) records them, relative to the YAML's text. */
export interface RangeList {
  paths: string[];
  offsets: number[];
}

/** Records `path` from `start`; its end is set by `closeRange` when known. Returns its index. */
export function openRange(ranges: RangeList, path: string, start: number, end = -1): number {
  ranges.paths.push(path);
  ranges.offsets.push(start, end);
  return ranges.paths.length - 1;
}

export const closeRange = (ranges: RangeList, index: number, end: number): void => {
  ranges.offsets[2 * index + 1] = end;
};

export const child = (path: string, key: string | number): string =>
  path ? `${path}.${key}` : String(key);

/** A value and where it ends (its range's end). */
export interface Read {
  value: unknown;
  end: number;
}

// The YAML 1.2 core schema's tests, in the order `yaml` tries them (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value as the core schema resolves it (and `toJS` gives it). */
export function resolvePlain(source: string): unknown {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === "t" || source[0] === "T";
  if (OCT.test(source)) return Number.parseInt(source.slice(2), 8);
  if (INT.test(source)) return Number.parseInt(source, 10);
  if (HEX.test(source)) return Number.parseInt(source.slice(2), 16);
  if (NAN_INF.test(source))
    return source.endsWith("nan") || source.endsWith("NaN") || source.endsWith("NAN")
      ? Number.NaN
      : source[0] === "-"
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (EXP.test(source) || FLOAT.test(source)) return Number.parseFloat(source);
  return source;
}

/** Where a key `[\w][\w./-]*:` followed by a space or the line's end ends (at its `:`), or -1. */
export function keyEnd(text: string, at: number, end: number): number {
  let i = at;
  if (!isKeyChar(text.charCodeAt(i)) || text[i] === "." || text[i] === "-" || text[i] === "/")
    return -1;
  while (i < end && isKeyChar(text.charCodeAt(i))) i++;
  // `yaml` refuses an implicit key of 1024 characters or more.
  if (i - at > 1000 || text[i] !== ":" || (i + 1 < end && text[i + 1] !== " ")) return -1;
  return i;
}

const isKeyChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === 45 ||
  c === 46 ||
  c === 47;

/** A key that is a string to the core schema and safe as an object's own property. */
export const stringKey = (key: string): boolean =>
  key !== "__proto__" && typeof resolvePlain(key) === "string";

const skipSpaces = (text: string, at: number, end: number): number => {
  let i = at;
  while (i < end && text[i] === " ") i++;
  return i;
};

/**
 * The value from `at` to `end` (the line's last non-space character) in block context: a flow
 * collection, a quoted or a plain scalar, then nothing or a comment.
 */
export function readBlockValue(
  text: string,
  at: number,
  end: number,
  path: string,
  ranges: RangeList,
): Read | undefined {
  const c = text[at];
  let read: Read | undefined;
  if (c === "[" || c === "{") read = readFlow(text, at, end, path, ranges);
  else if (c === '"' || c === "'") read = readQuoted(text, at, end);
  else {
    // A comment (` #`) ends a plain scalar.
    const line = text.slice(at, end);
    const comment = line.indexOf(" #");
    const source = comment < 0 ? line : line.slice(0, comment).trimEnd();
    if (!plainInBlock(source)) return undefined;
    read = { value: resolvePlain(source), end: at + source.length };
  }
  if (!read || (read.end !== end && !commentAt(text, read.end, end))) return undefined;
  if (c !== "[" && c !== "{") openRange(ranges, path, at, read.end);
  return read;
}

/** Whether spaces and then a comment (`#`) fill the line from `at` to `end`. */
function commentAt(text: string, at: number, end: number): boolean {
  if (text[at] !== " ") return false;
  let i = at;
  while (i < end && text[i] === " ") i++;
  return text[i] === "#";
}

// The indicators a plain scalar may not start with (`-` only before a digit, a dot or a letter).
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?![0-9A-Za-z.]))/;

/** A plain scalar on one line, in block context: no `: `, no ` #`, no `:` at its end. */
const plainInBlock = (source: string): boolean =>
  source.length > 0 &&
  !INDICATOR.test(source) &&
  !source.includes(": ") &&
  !source.includes(" #") &&
  !source.endsWith(":");

/** A plain scalar inside a flow collection: as in block context, and no flow indicator. */
const plainInFlow = (source: string): boolean => plainInBlock(source) && !/[,[\]{}]/.test(source);

// The escapes a double-quoted scalar may hold here, and what `yaml` reads them as; any other
// (`\x41`, `\u00e9`, a line's end...) is left to it.
const ESCAPED: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t" };

/** A double-quoted scalar with no escape but those of ESCAPED, or a single-quoted one, on one line. */
function readQuoted(text: string, at: number, end: number): Read | undefined {
  const quote = text[at]!;
  if (quote === '"') {
    let value = "";
    for (let i = at + 1, from = i; i < end; i++) {
      if (text[i] === '"') return { value: value + text.slice(from, i), end: i + 1 };
      if (text[i] !== "\\") continue;
      const escaped = ESCAPED[text[i + 1]!];
      if (escaped === undefined || i + 1 >= end) return undefined;
      value += text.slice(from, i) + escaped;
      from = ++i + 1;
    }
    return undefined;
  }
  for (let i = at + 1; i < end; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'" && i + 1 < end) {
      i++;
      continue;
    }
    return { value: text.slice(at + 1, i).replaceAll("''", "'"), end: i + 1 };
  }
  return undefined;
}

/** A scalar item or map value in a flow collection, from `at`, ending before `,`, `]` or `}`. */
function readFlowScalar(text: string, at: number, end: number): Read | undefined {
  const c = text[at];
  if (c === '"' || c === "'") return readQuoted(text, at, end);
  let i = at;
  while (i < end && text[i] !== "," && text[i] !== "]" && text[i] !== "}") i++;
  while (i > at && text[i - 1] === " ") i--;
  const source = text.slice(at, i);
  return plainInFlow(source) ? { value: resolvePlain(source), end: i } : undefined;
}

/**
 * A flow collection on one line from its bracket at `at`: `[a, "b", { c: d }]` of scalars and
 * flow maps, or `{ key: value, ... }` of plain keys and scalars; entries separated by commas,
 * without a trailing comma.
 */
function readFlow(
  text: string,
  at: number,
  end: number,
  path: string,
  ranges: RangeList,
): Read | undefined {
  const self = openRange(ranges, path, at);
  const seq = text[at] === "[";
  const close = seq ? "]" : "}";
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  /** Reads the entry at `from`; returns where it ends, or -1. */
  const entry = (from: number): number => {
    if (seq) {
      const itemPath = child(path, items.length);
      const item =
        text[from] === "{"
          ? readFlow(text, from, end, itemPath, ranges)
          : readFlowScalar(text, from, end);
      if (!item) return -1;
      if (text[from] !== "{") openRange(ranges, itemPath, from, item.end);
      items.push(item.value);
      return item.end;
    }
    const colon = keyEnd(text, from, end);
    if (colon < 0 || text[colon + 1] !== " ") return -1;
    const key = text.slice(from, colon);
    if (!stringKey(key) || Object.hasOwn(map, key)) return -1;
    const keyPath = child(path, key);
    openRange(ranges, `${keyPath}#key`, from, colon);
    const start = skipSpaces(text, colon + 1, end);
    const item = readFlowScalar(text, start, end);
    if (!item || item.end === start) return -1;
    openRange(ranges, keyPath, start, item.end);
    map[key] = item.value;
    return item.end;
  };
  let i = skipSpaces(text, at + 1, end);
  if (i >= end || text[i] !== close) {
    for (;;) {
      const after = entry(i);
      if (after < 0) return undefined;
      i = skipSpaces(text, after, end);
      if (i < end && text[i] === close) break;
      if (text[i] !== ",") return undefined;
      i = skipSpaces(text, i + 1, end);
      if (i >= end || text[i] === close) return undefined;
    }
  }
  closeRange(ranges, self, i + 1);
  return { value: seq ? items : map, end: i + 1 };
}
