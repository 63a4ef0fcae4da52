import type { Span } from "../diagnostics/diagnostic.js";
import type { LineIndex } from "../diagnostics/line-index.js";
import { activeLimits, limitDiagnostic } from "./limits.js";
import type { ParsedYaml } from "./parse-yaml.js";

/** Where YAML first nests deeper than `max`, and how deep it is there. */
export interface DeepYaml {
  offset: number;
  depth: number;
}

const BLOCK_SCALAR = /[|>][-+0-9]*[ \t]*(#.*)?$/;

/**
 * The first place YAML nests past `max` levels, counted without parsing: each deeper indentation
 * (a map or sequence inside another), each `- ` opening a sequence on a line, and each `[` or `{`
 * of a flow collection (outside quotes and comments). The yaml parser recurses once per level,
 * and past about a thousand it runs out of stack wherever the machine's stack ends, so a
 * hostile front matter is stopped here, at a stable place, before it is parsed. Lines of a
 * block scalar (`|`, `>`) are text, not nesting. An estimate (a quote is followed to the end of
 * its line only): parseYaml still turns a parser that runs out of stack into the same finding.
 */
export function deepYaml(text: string, max: number): DeepYaml | undefined {
  const indents: number[] = [];
  let flow = 0;
  let scalarIndent = -1;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    const lineStart = start;
    start = end + 1;
    if (scalarIndent >= 0 && (body === "" || indent > scalarIndent)) continue;
    scalarIndent = -1;
    if (body === "" || body.startsWith("#")) continue;
    let column = indent;
    let dashes = 0;
    while (/^-(\s|$)/.test(line.slice(column))) {
      dashes++;
      column += 1 + (line.slice(column + 1).length - line.slice(column + 1).trimStart().length);
    }
    if (flow === 0) {
      while (indents.length && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
    }
    // The line's own level is its first `- `'s sequence when it opens with one.
    const block = indents.length + Math.max(0, dashes - 1);
    if (block > max) return { offset: lineStart + indent, depth: block };
    const found = flowDepth(line, column, flow, block, max);
    if (typeof found === "number") flow = found;
    else return { offset: lineStart + found.column, depth: found.depth };
    if (flow === 0 && BLOCK_SCALAR.test(body)) scalarIndent = indent;
  }
  return undefined;
}

/** The flow depth after `line` from `column`, or where it passes `max` with the block's levels. */
function flowDepth(
  line: string,
  column: number,
  flow: number,
  block: number,
  max: number,
): number | { column: number; depth: number } {
  let quote = "";
  for (let i = column; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) break;
    else if (c === "[" || c === "{") {
      flow++;
      if (block + flow > max) return { column: i, depth: block + flow };
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
  }
  return flow;
}

/**
 * YAML nested past the limit `nesting-depth` (yaml-depth.ts), as the one finding, before the
 * parser can run out of stack on it; undefined when it is within the limit.
 */
export function tooDeep(
  file: string,
  text: string,
  offset: number,
  lines: LineIndex,
): ParsedYaml | undefined {
  const deep = deepYaml(text, activeLimits().limits["nesting-depth"]);
  if (!deep) return undefined;
  const at = offset + deep.offset;
  return nestingLimit(`YAML nesting ${deep.depth} deep`, lines.span(file, at, at));
}

export function nestingLimit(found: string, at: Span): ParsedYaml {
  const diagnostic = limitDiagnostic("yaml-nesting-limit", "nesting-depth", found, at);
  return { value: undefined, spans: {}, diagnostics: [diagnostic] };
}
