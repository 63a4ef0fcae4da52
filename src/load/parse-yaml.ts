import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { Diagnostic, Span } from "../diagnostics/diagnostic.js";
import type { LineIndex } from "../diagnostics/line-index.js";
import type { Spans } from "../model/types.js";
import { lazySpans } from "./lazy-spans.js";
import { activeLimits, limitDiagnostic } from "./limits.js";
import { readPlainYaml } from "./plain-yaml.js";
import { nestingLimit, tooDeep } from "./yaml-depth.js";

export interface ParsedYaml {
  /** The plain JS value, or undefined when the YAML could not be parsed. */
  value: unknown;
  /**
   * Spans of every value by dotted path; keys of maps also under `path#key`. Lazy
   * (`spansFromRanges`): the parse keeps each node's offsets, and the spans (line, column) are
   * made from them on first use, which only a finding or a published location needs.
   */
  spans: Spans;
  diagnostics: Diagnostic[];
}

const OPTIONS = {
  prettyErrors: false,
  uniqueKeys: true,
  // Problems become diagnostics; nothing may print to the console behind the user's back.
  logLevel: "silent",
} as const;

/**
 * Parses YAML text that sits at `offset` in a file; problems are placed in the file by the
 * offsets yaml reports, values by `spans`, made only when read. Never throws: syntax errors
 * become `yaml-syntax` diagnostics. Plain YAML (`plain-yaml.ts`) is read directly, with the
 * same value and ranges the yaml library gives.
 */
export function parseYaml(
  file: string,
  text: string,
  offset: number,
  lines: LineIndex,
): ParsedYaml {
  const deep = tooDeep(file, text, offset, lines);
  if (deep) return deep;
  const plain = readPlainYaml(text);
  if (!plain) return parseWithYaml(file, text, offset, lines);
  const { offsets } = plain.ranges;
  for (let i = 0; i < offsets.length; i++) offsets[i]! += offset;
  const spans = spansFromRanges(file, sharePaths(plain.ranges), lines);
  return { value: plain.value, spans, diagnostics: [] };
}

/** parseYaml through the yaml library alone, for YAML within the nesting limit. */
export function parseWithYaml(
  file: string,
  text: string,
  offset: number,
  lines: LineIndex,
): ParsedYaml {
  const span = (start: number, end: number): Span => lines.span(file, offset + start, offset + end);
  const doc = parseDocument(text, OPTIONS);
  // The parser recurses once per level and reports running out of stack as a syntax error, at
  // wherever the machine's stack ended: said as the limit instead, at the YAML's start.
  if (doc.errors.some((e) => e.message.includes("Maximum call stack size exceeded")))
    return nestingLimit("YAML nested too deep to parse", span(0, 0));
  const diagnostics: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => ({
    ruleId: e.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
    severity: doc.errors.includes(e as never) ? "error" : "warning",
    span: span(e.pos[0], Math.max(e.pos[0], e.pos[1])),
    message: cleanMessage(e.message),
    hint:
      e.code === "DUPLICATE_KEY"
        ? "Remove or rename one of the keys."
        : "Fix the YAML syntax; quote values that contain `: ` or start with a special character.",
  }));
  const ranges: SpanRanges = { paths: [], offsets: [] };
  if (doc.contents) collectRanges(doc.contents as Node, "", ranges, offset);
  const spans = spansFromRanges(file, ranges, lines);
  if (doc.errors.length > 0) return { value: undefined, spans, diagnostics };
  // An alias needs a `*`: most front matter has none, and the walk is then skipped.
  const cycle = text.includes("*") ? recursiveAlias(doc) : undefined;
  if (cycle) {
    // `&a [1, *a]` makes a value that contains itself: every reader after us would recurse forever.
    diagnostics.push({
      ruleId: "yaml-syntax",
      severity: "error",
      span: span(cycle[0], cycle[1]),
      message:
        "Unexpected alias inside the node it names, expected an alias to a node that ends before it",
      hint: "A value cannot contain itself: write the values out instead of the alias.",
    });
    return { value: undefined, spans, diagnostics };
  }
  const aliases = activeLimits().limits["yaml-aliases"];
  try {
    return { value: doc.toJS({ maxAliasCount: aliases }), spans, diagnostics };
  } catch (error) {
    // yaml throws only for aliases that expand past maxAliasCount ("billion laughs").
    if (!(error instanceof ReferenceError)) throw error;
    const [start, end] = firstAlias(doc);
    const found = "aliases that expand too far";
    diagnostics.push(limitDiagnostic("yaml-alias-limit", "yaml-aliases", found, span(start, end)));
    return { value: undefined, spans, diagnostics };
  }
}

/** The range of the first alias (`*name`) of a document, where an expansion starts. */
function firstAlias(doc: Document): [number, number] {
  let range: [number, number] = [0, 0];
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

/** The range of the first alias that sits inside the node its anchor names, if any. */
function recursiveAlias(doc: Document): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (!target || !path.includes(target)) return undefined;
      found = node.range ? [node.range[0], node.range[1]] : [0, 0];
      return visit.BREAK;
    },
  });
  return found;
}

function cleanMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}

/**
 * File offsets of every node by dotted path, in the order the parse met them: `paths[i]` spans
 * `offsets[2 * i]` to `offsets[2 * i + 1]`. Two flat arrays, and each path one shared string
 * (`samePath`): a build keeps these for every front matter through its render, and as a map of
 * two-number arrays they took 6 MB of the 1,000-goal bench's heap, about a fifth of that now.
 */
export interface SpanRanges {
  paths: string[];
  offsets: number[];
}

const rangesBehind = new WeakMap<Spans, SpanRanges>();

/**
 * The spans of a parse's ranges, made on first read (`lazy-spans.ts`): most files have no
 * finding, and their positions are then never turned into lines and columns. Written in the
 * order the parse met them, as an eager parse wrote them. Reading one path (a team ask's
 * location in waymark.json) makes that span alone.
 */
export function spansFromRanges(file: string, ranges: SpanRanges, lines: LineIndex): Spans {
  const { paths, offsets } = ranges;
  const spanOf = (i: number) => lines.span(file, offsets[2 * i]!, offsets[2 * i + 1]!);
  const spans = lazySpans({
    fill: (into, made) => {
      for (let i = 0; i < paths.length; i++) into[paths[i]!] = made.get(i) ?? spanOf(i);
    },
    // The last of a path's ranges is the one the record keeps, as its last assignment wins.
    find: (path) => paths.lastIndexOf(path),
    make: spanOf,
    // A path named `__proto__` would change the record's prototype: such a record is made whole.
    exact: !paths.includes("__proto__"),
  });
  rangesBehind.set(spans, ranges);
  return spans;
}

/** The ranges lazy spans are made from, which the parse pack stores; undefined for other spans. */
export const rangesOf = (spans: Spans): SpanRanges | undefined => rangesBehind.get(spans);

/** `ranges` with each path the one string all files share (`samePath`): for ranges read back. */
export function sharePaths(ranges: SpanRanges): SpanRanges {
  const { paths } = ranges;
  for (let i = 0; i < paths.length; i++) paths[i] = samePath(paths[i]!);
  return ranges;
}

/**
 * One string per distinct path for all files: front matter repeats the same few (`title`,
 * `owners.0`, `teams.lang#key`). Started afresh past 10,000 paths, so a long `serve` session
 * over changing files keeps no more than that.
 */
const knownPaths = new Map<string, string>();

function samePath(path: string): string {
  const known = knownPaths.get(path);
  if (known !== undefined) return known;
  if (knownPaths.size >= 10_000) knownPaths.clear();
  knownPaths.set(path, path);
  return path;
}

function collectRanges(node: Node, path: string, ranges: SpanRanges, offset: number): void {
  const add = (at: string, [start, end]: readonly [number, number, ...unknown[]]) => {
    ranges.paths.push(samePath(at));
    ranges.offsets.push(offset + start, offset + end);
  };
  if (node.range) add(path, node.range);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = path ? `${path}.${key}` : key;
      const keyRange = (pair.key as Node | null)?.range;
      if (keyRange) add(`${child}#key`, keyRange);
      if (pair.value) collectRanges(pair.value as Node, child, ranges, offset);
      else if (keyRange) add(child, keyRange);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (item) collectRanges(item as Node, path ? `${path}.${i}` : String(i), ranges, offset);
    }
  }
}

/** The span of the nearest path that has one: a missing field points at its parent. */
export function spanAt(spans: Spans, path: string, fallback: Span): Span {
  let p = path;
  for (;;) {
    const hit = spans[p];
    if (hit) return hit;
    if (!p) return fallback;
    const cut = p.lastIndexOf(".");
    p = cut < 0 ? "" : p.slice(0, cut);
  }
}
