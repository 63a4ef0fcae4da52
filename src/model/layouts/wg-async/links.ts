import type { Nodes } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Span } from "../../../diagnostics/diagnostic.js";
import type { MarkdownDocument } from "../../types.js";

export interface Definition {
  label: string;
  url: string;
  span: Span;
}

/** A page's link definitions by normalised label; the first definition of a label wins, as in CommonMark. */
export type Definitions = Map<string, Definition>;

/** CommonMark's label matching: case-folded, inner whitespace collapsed. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

export function definitionsOf(doc: MarkdownDocument): Definitions {
  const defs: Definitions = new Map();
  visit(doc.tree, "definition", (node) => {
    const key = labelKey(node.label ?? node.identifier);
    if (defs.has(key)) return;
    defs.set(key, { label: node.label ?? node.identifier, url: node.url, span: spanOf(doc, node) });
  });
  return defs;
}

/** A link found in a node, written inline or by reference, with its visible text. */
export interface FoundLink {
  text: string;
  url: string;
  span: Span;
}

/** Every link inside a node, in document order, references resolved through the page's definitions. */
export function linksIn(doc: MarkdownDocument, defs: Definitions, node: Nodes): FoundLink[] {
  const out: FoundLink[] = [];
  visit(node, (child) => {
    if (child.type === "link") {
      out.push({ text: mdToString(child).trim(), url: child.url, span: spanOf(doc, child) });
    } else if (child.type === "linkReference") {
      const def = defs.get(labelKey(child.label ?? child.identifier));
      if (def) out.push({ text: mdToString(child).trim(), url: def.url, span: spanOf(doc, child) });
    }
  });
  return out;
}

export function spanOf(
  doc: MarkdownDocument,
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
): Span {
  const start = node.position?.start.offset ?? 0;
  return doc.lines.span(doc.file, start, node.position?.end.offset ?? start);
}
