import type { Root, Table, TableRow, Yaml } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isMap, isScalar, parseDocument } from "yaml";
import { yamlList, yamlScalar } from "./yaml-scalar.js";

/**
 * Where one field lives in a goal file:
 * - `front-matter`: a top-level key of the YAML front matter (`tracking: rust-lang/goals#12`);
 *   the value is written as a YAML scalar (quoted only when needed), or a flow list;
 * - `metadata-table`: a row of the first `| Metadata | |` table of a rust-project-goals goal
 *   (`| Tracking issue | [rust-lang/goals#12] |`); the value is the cell's Markdown as given.
 */
export type FieldTarget =
  | { in: "front-matter"; key: string; value: string | string[] }
  | { in: "metadata-table"; key: string; value: string };

export type SpliceResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reason: "no-metadata-table" | "front-matter-not-a-map"; message: string };

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

/**
 * Sets one field in a file's text by replacing (or inserting) the few characters that hold it:
 * every other byte of the file, its line endings, padding and trailing newline, stays as it was.
 * A missing key is added where a person would put it: at the end of the front matter (a new
 * front matter block when there is none), or in the metadata table after the row that precedes
 * it in rust-project-goals' template (at the table's end for a row the template lacks).
 */
export function spliceField(text: string, target: FieldTarget): SpliceResult {
  const tree = parser.parse(text) as Root;
  const result =
    target.in === "front-matter"
      ? spliceFrontMatter(text, tree, target.key, target.value)
      : spliceMetadataRow(text, tree, target.key, target.value);
  if (!result.ok) return result;
  return { ok: true, text: result.text, changed: result.text !== text };
}

type Spliced = { ok: true; text: string } | Extract<SpliceResult, { ok: false }>;

const splice = (text: string, from: number, to: number, insert: string) =>
  text.slice(0, from) + insert + text.slice(to);

/** The line ending used at `offset` (the end of that line), else the file's first, else LF. */
function lineEnding(text: string, offset = 0): string {
  const at = text.indexOf("\n", offset);
  if (at < 0) return text.includes("\r\n") ? "\r\n" : "\n";
  return text[at - 1] === "\r" ? "\r\n" : "\n";
}

function spliceFrontMatter(
  text: string,
  tree: Root,
  key: string,
  value: string | string[],
): Spliced {
  const written = Array.isArray(value) ? yamlList(value) : yamlScalar(value);
  const line = `${yamlScalar(key)}: ${written}`;
  const yaml = tree.children[0]?.type === "yaml" ? (tree.children[0] as Yaml) : undefined;
  if (!yaml) {
    const bom = text.startsWith("\uFEFF") ? 1 : 0;
    const eol = lineEnding(text);
    return { ok: true, text: splice(text, bom, bom, `---${eol}${line}${eol}---${eol}`) };
  }
  const start = yaml.position?.start.offset ?? 0;
  const end = yaml.position?.end.offset ?? 0;
  const eol = lineEnding(text, start);
  const contentStart = text.indexOf("\n", start) + 1;
  // The closing fence is `---` on its own line: the node ends right after it.
  const closing = end - 3;
  const doc = parseDocument(yaml.value, { uniqueKeys: false });
  const at = (offset: number) => contentStart + offset;
  if (doc.contents === null) return { ok: true, text: splice(text, closing, closing, line + eol) };
  if (!isMap(doc.contents) || doc.contents.flow) {
    return {
      ok: false,
      reason: "front-matter-not-a-map",
      message: "Unexpected front matter that is not a block of `key: value` lines",
    };
  }
  const pair = doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (!pair) {
    // The closing fence's line start: content ends without its final line ending.
    return { ok: true, text: splice(text, closing, closing, line + eol) };
  }
  const keyEnd = (pair.key as { range: [number, number, number] }).range[1];
  const range = (pair.value as { range?: [number, number, number] } | null)?.range;
  const source = range ? yaml.value.slice(range[0], range[1]).replace(/[\r\n]+$/, "") : "";
  if (range && source && !/[\r\n]/.test(source)) {
    return { ok: true, text: splice(text, at(range[0]), at(range[0] + source.length), written) };
  }
  // Empty, or spread over lines (a block scalar, a list): rewrite from the key's end to the
  // value's end, so `key:` then `  - a` becomes `key: [a, b]` on one line.
  const colon = yaml.value.indexOf(":", keyEnd);
  const to = range && source ? range[0] + source.length : colon + 1;
  return { ok: true, text: splice(text, at(keyEnd), at(to), `: ${written}`) };
}

const normalizeKey = (source: string) =>
  source
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/s$/, "");

/** The rows of rust-project-goals' TEMPLATE.md, in order: where a missing row goes. */
const TEMPLATE_ORDER = ["point of contact", "status", "tracking issue", "zulip channel"].map(
  normalizeKey,
);

function spliceMetadataRow(text: string, tree: Root, key: string, value: string): Spliced {
  const table = tree.children.find(
    (node): node is Table =>
      node.type === "table" &&
      mdToString(node.children[0]?.children[0] ?? { type: "text", value: "" })
        .trim()
        .toLowerCase() === "metadata",
  );
  if (!table) {
    return {
      ok: false,
      reason: "no-metadata-table",
      message:
        "Unexpected goal file without a `| Metadata | |` table, expected one under the title",
    };
  }
  const wanted = normalizeKey(key);
  const rows = table.children.slice(1).filter((row) => row.children.length >= 1);
  const keyOf = (row: TableRow) => normalizeKey(cellContent(text, row, 0)?.source ?? "");
  const found = rows.find((row) => keyOf(row) === wanted);
  if (found) return { ok: true, text: setCell(text, found, value) };

  // Insert after the last row the template puts before this key; first row when none does.
  const rank = (k: string) => TEMPLATE_ORDER.indexOf(k === "owner(s)" ? "point of contact" : k);
  const own = rank(wanted);
  const real = rows.filter((row) => row.children.length >= 2);
  let anchor = own < 0 ? real.at(-1) : undefined;
  if (own >= 0)
    for (const row of real) if (rank(keyOf(row)) >= 0 && rank(keyOf(row)) < own) anchor = row;
  if (!real.length) {
    // A table of a header alone: the new row goes under its delimiter row.
    const header = table.children[0]!.position!.end.offset!;
    const delimiterEnd = text.indexOf("\n", text.indexOf("\n", header) + 1);
    const eol = lineEnding(text, header);
    const row = `| ${key} | ${value} |`;
    if (delimiterEnd < 0) return { ok: true, text: `${text}${eol}${row}` };
    return { ok: true, text: splice(text, delimiterEnd + 1, delimiterEnd + 1, row + eol) };
  }
  const before = !anchor;
  anchor ??= real[0]!;
  const lineStart = text.lastIndexOf("\n", anchor.position!.start.offset! - 1) + 1;
  const rowEnd = anchor.position!.end.offset!;
  const eol = lineEnding(text, rowEnd);
  const newRow = rowLike(text, anchor, key, value);
  if (before) return { ok: true, text: splice(text, lineStart, lineStart, newRow + eol) };
  const nextLine = text.indexOf("\n", rowEnd);
  if (nextLine < 0) return { ok: true, text: `${text}${eol}${newRow}` };
  return { ok: true, text: splice(text, nextLine + 1, nextLine + 1, newRow + eol) };
}

interface CellContent {
  /** Where the content starts and ends, and where the cell's padding ends (its closing pipe). */
  start: number;
  end: number;
  padEnd: number;
  source: string;
}

/** A cell's content between its pipes, without the padding around it. */
function cellContent(text: string, row: TableRow, index: number): CellContent | undefined {
  const cell = row.children[index];
  if (!cell?.position) return undefined;
  const from = cell.position.start.offset!;
  const to = cell.position.end.offset!;
  const raw = text.slice(from, to);
  const opened = raw.startsWith("|") ? 1 : 0;
  const inner = raw.slice(opened).replace(/\|$/, "");
  const source = inner.trim();
  // An empty cell's content goes after one space of its padding, as a person would type it.
  const lead =
    opened + (source ? inner.length - inner.trimStart().length : Math.min(1, inner.length));
  const body = raw.slice(lead).replace(/\|$/, "");
  return {
    start: from + lead,
    end: from + lead + source.length,
    padEnd: from + lead + body.length,
    source,
  };
}

/** Replaces a row's value cell, keeping the column's width when the new text fits in it. */
function setCell(text: string, row: TableRow, value: string): string {
  const cell = cellContent(text, row, 1);
  if (!cell) {
    // `| Key |` with no value cell: add one.
    const end = row.position!.end.offset!;
    const closed = text[end - 1] === "|";
    return splice(text, end, end, closed ? ` ${value} |` : ` | ${value} |`);
  }
  if (cell.source === value) return text;
  return splice(text, cell.start, cell.padEnd, padCell(value, cell));
}

/** `value` padded to the cell's width when it fits with a space to spare, else followed by one space. */
function padCell(value: string, cell: CellContent): string {
  const width = cell.padEnd - cell.start;
  const spaces = cell.padEnd - cell.end;
  // Pad only a column that is aligned (more than one space after some cell text).
  const aligned = spaces > 1 && cell.end > cell.start;
  if (aligned && value.length + 1 <= width) return value.padEnd(width);
  return value + (spaces > 0 ? " " : "");
}

/** A new `| key | value |` row shaped like `model`: same pipes, same column widths. */
function rowLike(text: string, model: TableRow, key: string, value: string): string {
  const k = cellContent(text, model, 0);
  const v = cellContent(text, model, 1);
  if (!k || !v) return `| ${key} | ${value} |`;
  const lineStart = text.lastIndexOf("\n", model.position!.start.offset! - 1) + 1;
  const lineEnd = model.position!.end.offset!;
  return (
    text.slice(lineStart, k.start) +
    padCell(key, k) +
    text.slice(k.padEnd, v.start) +
    padCell(value, v) +
    text.slice(v.padEnd, lineEnd)
  );
}
