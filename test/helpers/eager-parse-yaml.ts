// The oracle of test/lazy-positions.test.ts: src/load/parse-yaml.ts as it was before its spans
// became lazy (every node positioned on every parse, with a LineCounter), kept unchanged but for
// `rangesOf` and `spansFromRanges`, which the model's parse-pack codec imports, made eagerly here.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { Diagnostic, Span } from "../../src/diagnostics/diagnostic.js";
import type { LineIndex } from "../../src/diagnostics/line-index.js";
import { activeLimits, limitDiagnostic } from "../../src/load/limits.js";
import type { SpanRanges } from "../../src/load/parse-yaml.js";
import { tooDeep } from "../../src/load/yaml-depth.js";
import type { Spans } from "../../src/model/types.js";

export interface ParsedYaml {
  /** The plain JS value, or undefined when the YAML could not be parsed. */
  value: unknown;
  /** Spans of every value by dotted path; keys of maps also under `path#key`. */
  spans: Spans;
  diagnostics: Diagnostic[];
}

/**
 * Parses YAML text that sits at `offset` in a file, mapping every node back to file positions.
 * Never throws: syntax errors become `yaml-syntax` diagnostics.
 */
export function parseYaml(
  file: string,
  text: string,
  offset: number,
  lines: LineIndex,
): ParsedYaml {
  const lineCounter = new LineCounter();
  // Not about positions: the same limit as the lazy parser's, before parsing.
  const deep = tooDeep(file, text, offset, lines);
  if (deep) return deep;
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // Problems become diagnostics; nothing may print to the console behind the user's back.
    logLevel: "silent",
  });
  const span = (start: number, end: number): Span => lines.span(file, offset + start, offset + end);
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
  const spans: Spans = {};
  if (doc.contents) collectSpans(doc.contents as Node, "", spans, span);
  if (doc.errors.length > 0) return { value: undefined, spans, diagnostics };
  const cycle = recursiveAlias(doc);
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

type SpanOf = (start: number, end: number) => Span;

function collectSpans(node: Node, path: string, spans: Spans, span: SpanOf): void {
  if (node.range) spans[path] = span(node.range[0], node.range[1]);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = path ? `${path}.${key}` : key;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) spans[`${child}#key`] = span(keyNode.range[0], keyNode.range[1]);
      if (pair.value) collectSpans(pair.value as Node, child, spans, span);
      else if (keyNode?.range) spans[child] = span(keyNode.range[0], keyNode.range[1]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (item) collectSpans(item as Node, path ? `${path}.${i}` : String(i), spans, span);
    });
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

export type { SpanRanges };

/** The offsets of spans, as the parse pack stores them. */
export const rangesOf = (spans: Spans): SpanRanges => {
  const entries = Object.entries(spans);
  return {
    paths: entries.map(([path]) => path),
    offsets: entries.flatMap(([, s]) => [s.start.offset, s.end.offset]),
  };
};

export const sharePaths = (ranges: SpanRanges): SpanRanges => ranges;

/** Spans from stored offsets, made now. */
export function spansFromRanges(file: string, ranges: SpanRanges, lines: LineIndex): Spans {
  const spans: Spans = {};
  const { paths, offsets } = ranges;
  for (let i = 0; i < paths.length; i++)
    spans[paths[i]!] = lines.span(file, offsets[2 * i]!, offsets[2 * i + 1]!);
  return spans;
}
