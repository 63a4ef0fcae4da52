import type { Nodes, Root, RootContent } from "mdast";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/line-index.js";
import { activeLimits, type Limits, limitDiagnostic } from "./limits.js";
import { type LimitHit, scanMarkdown } from "./scan-markdown.js";

/** What a tree reduced to plain text carries in `root.data`: why it was reduced. */
declare module "mdast" {
  interface RootData {
    /** Set when the text went past a limit and its body was kept as plain text. */
    limit?: Diagnostic;
  }
}

export interface WithinLimitsOptions {
  /** The text may start with YAML front matter, which is parsed even when the body is not. */
  frontMatter?: boolean;
  limits?: Limits;
}

/**
 * `parse(text)`, unless the text goes past a limit (scanMarkdown before parsing; the tree's
 * depth after, and a parser that runs out of stack on inline nesting the scan cannot see). Then
 * the body becomes one paragraph of plain text, the front matter is still parsed, and
 * `root.data.limit` says which limit and where. Parsing time and the depth of every tree that
 * leaves here are bounded, so no later walk or renderer can stall or overflow.
 */
export function parseWithinLimits(
  file: string,
  text: string,
  parse: (text: string) => Root,
  options: WithinLimitsOptions = {},
): Root {
  const limits = options.limits ?? activeLimits().limits;
  const bodyStart = options.frontMatter ? frontMatterEnd(text) : 0;
  let found = scanMarkdown(text.slice(bodyStart), limits);
  if (found) found = { ...found, offset: found.offset + bodyStart };
  else {
    try {
      const tree = parse(text);
      found = deepestNode(tree, limits["nesting-depth"]);
      if (!found) return tree;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      found = { limit: "nesting-depth", offset: bodyStart, found: "nesting too deep to parse" };
    }
  }
  return plainTree(file, text, bodyStart, found, parse, limits);
}

/** The offset after a leading `---` … `---` block, or 0 when the text has none. */
function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^---[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = open[0].length;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

/** The first node deeper than `max` levels, found without recursion. */
function deepestNode(tree: Root, max: number): LimitHit | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) {
      return {
        limit: "nesting-depth",
        offset: node.position?.start.offset ?? 0,
        found: `nesting ${depth} deep`,
      };
    }
    if ("children" in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return undefined;
}

function plainTree(
  file: string,
  text: string,
  bodyStart: number,
  found: LimitHit,
  parse: (text: string) => Root,
  limits: Limits,
): Root {
  const lines = new LineIndex(text);
  const head = bodyStart ? parse(text.slice(0, bodyStart)).children : [];
  const body = text.slice(bodyStart);
  const start = bodyStart + (body.length - body.trimStart().length);
  const end = bodyStart + body.trimEnd().length;
  const children: RootContent[] = [...head];
  if (end > start) {
    const position = { start: lines.point(start), end: lines.point(end) };
    children.push({
      type: "paragraph",
      children: [{ type: "text", value: text.slice(start, end), position }],
      position,
    });
  }
  const span = lines.span(file, found.offset, Math.min(found.offset + 1, text.length));
  return {
    type: "root",
    children,
    position: { start: lines.point(0), end: lines.point(text.length) },
    data: {
      limit: limitDiagnostic("markdown-limit", found.limit, found.found, span, limits[found.limit]),
    },
  };
}
