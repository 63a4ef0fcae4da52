import type { Definition, LinkReference, Nodes } from "mdast";
import type { Span } from "../diagnostics/diagnostic.js";
import { walkTree } from "../model/markdown/walk-tree.js";
import type { MarkdownDocument } from "../model/types.js";

/** A `[label]: url` definition. */
export interface LabelDefinition {
  /** The label as written. */
  label: string;
  identifier: string;
  span: Span;
}

/** A `[text][label]`, `[label][]` or `[label]` reference, defined or not. */
export interface LabelUse {
  label: string;
  identifier: string;
  span: Span;
  defined: boolean;
}

export interface DocumentLabels {
  /** Definitions in order; for a repeated label only the first takes effect, as in CommonMark. */
  definitions: LabelDefinition[];
  uses: LabelUse[];
}

/** CommonMark's label matching: whitespace collapsed, case folded (as mdast's `identifier`). */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, " ")
    .trim()
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/** Nodes whose source is not reference syntax: code, HTML, and links already resolved. */
const OPAQUE = new Set([
  "inlineCode",
  "inlineMath",
  "html",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "footnoteReference",
]);

/** Blocks that hold text in which a bracketed label may appear. */
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/** Bracketed text that is conventionally not a reference: elisions in quotations. */
const NOT_LABELS = new Set(["…", "..."]);

const cache = new WeakMap<MarkdownDocument, DocumentLabels>();

/**
 * Every reference definition and use in a document. mdast creates nodes only for references that
 * resolve, so undefined ones are found in the source of text-bearing blocks, as remark-lint's
 * no-undefined-references does: skipping code, HTML, links, escapes, footnotes (`[^x]`), inline
 * links (`[x](url)`) and GFM task checkboxes (which sit outside the item's paragraph).
 */
export function labelsOf(doc: MarkdownDocument): DocumentLabels {
  const hit = cache.get(doc);
  if (hit) return hit;
  const definitions: LabelDefinition[] = [];
  const uses: LabelUse[] = [];
  const blocks: Nodes[] = [];
  const spanOf = (node: Nodes) =>
    doc.lines.span(doc.file, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  walkTree(doc.tree, (node) => {
    if (node.type === "definition") {
      const { label, identifier } = node as Definition;
      definitions.push({ label: label ?? identifier, identifier, span: spanOf(node) });
    } else if (node.type === "linkReference" || node.type === "imageReference") {
      const { label, identifier } = node as LinkReference;
      uses.push({ label: label ?? identifier, identifier, span: spanOf(node), defined: true });
    } else if (TEXT_BLOCKS.has(node.type)) blocks.push(node);
  });
  const defined = new Set(definitions.map((d) => d.identifier));
  for (const block of blocks) {
    for (const use of scanBlock(doc, block)) {
      if (!defined.has(use.identifier)) uses.push(use);
    }
  }
  uses.sort((a, b) => a.span.start.offset - b.span.start.offset);
  const labels = { definitions, uses };
  cache.set(doc, labels);
  return labels;
}

/** Finds bracketed labels in a block's source that mdast left as plain text. */
function scanBlock(doc: MarkdownDocument, block: Nodes): LabelUse[] {
  const text = doc.text;
  const start = block.position?.start.offset ?? 0;
  const end = block.position?.end.offset ?? start;
  // Prefix counts of opaque characters, so any range is tested in constant time.
  const opaque = new Int32Array(end - start + 1);
  for (const [s, e] of opaqueRanges(block))
    for (let i = Math.max(s, start); i < Math.min(e, end); i++) opaque[i - start + 1] = 1;
  for (let i = 1; i < opaque.length; i++) opaque[i]! += opaque[i - 1]!;
  const inOpaque = (from: number, to: number) => opaque[to - start]! > opaque[from - start]!;
  const isBracket = (at: number, char: string) =>
    at < end && text[at] === char && !escaped(text, at, start) && !inOpaque(at, at + 1);
  /** The `]` closing the `[` at `open`, when no other `[` comes first and no code sits inside. */
  const closing = (open: number): number => {
    for (let at = open + 1; at < end; at++) {
      if (isBracket(at, "[")) return -1;
      if (isBracket(at, "]")) return inOpaque(open + 1, at) ? -1 : at;
    }
    return -1;
  };
  const out: LabelUse[] = [];
  for (let at = start; at < end; at++) {
    if (!isBracket(at, "[")) continue;
    const open = at;
    const close = closing(open);
    if (close < 0) continue;
    at = close;
    if (text[close + 1] === "(") continue;
    let label = text.slice(open + 1, close);
    const second = isBracket(close + 1, "[") ? closing(close + 1) : -1;
    if (second >= 0) {
      const named = text.slice(close + 2, second);
      if (named.trim()) label = named;
      at = second;
    }
    const trimmed = label.trim();
    if (!trimmed || trimmed.startsWith("^") || NOT_LABELS.has(trimmed) || label.length > 999)
      continue;
    const span = doc.lines.span(doc.file, open, at + 1);
    out.push({ label, identifier: normalizeLabel(label), span, defined: false });
  }
  return out;
}

/** Source ranges of the opaque nodes inside a block. */
function opaqueRanges(block: Nodes): [number, number][] {
  const out: [number, number][] = [];
  walkTree(block, (node) => {
    if (!OPAQUE.has(node.type)) return true;
    out.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    return false;
  });
  return out;
}

/** True when the character at `at` is preceded by an odd number of backslashes. */
function escaped(text: string, at: number, floor: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= floor && text[i] === "\\"; i--) count++;
  return count % 2 === 1;
}
