import type { Heading, Root, RootContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import type { Span } from "../../diagnostics/diagnostic.js";
import type { MarkdownDocument } from "../types.js";

/** A heading and everything after it up to the next heading of the same or higher rank. */
export interface Section {
  heading: string;
  depth: number;
  /** The heading node itself. */
  node: Heading;
  /** Nodes after the heading, up to the section's end. */
  children: RootContent[];
  /** Markdown text of the section's content (without its heading), trimmed. */
  markdown: string;
  span: Span;
}

const offsetOf = (n: { position?: { start: { offset?: number } } }) =>
  n.position?.start.offset ?? 0;
const endOf = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;

/** Sections of the given depth, in order. Nested deeper headings stay inside their section. */
export function sections(
  doc: MarkdownDocument,
  depth: number,
  nodes: RootContent[] = doc.tree.children,
): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading" || node.depth !== depth) continue;
    let j = i + 1;
    while (
      j < nodes.length &&
      !(nodes[j]!.type === "heading" && (nodes[j] as Heading).depth <= depth)
    )
      j++;
    const children = nodes.slice(i + 1, j);
    const start = endOf(node);
    const end = j < nodes.length ? offsetOf(nodes[j]!) : doc.text.length;
    out.push({
      heading: headingText(node),
      depth,
      node,
      children,
      markdown: doc.text.slice(start, end).trim(),
      span: doc.lines.span(doc.file, offsetOf(node), end),
    });
  }
  return out;
}

/** The first section whose heading matches, case-insensitively, ignoring emoji and punctuation. */
export function findSection(all: Section[], ...names: string[]): Section | undefined {
  const wanted = names.map(normalizeHeading);
  return all.find((s) => wanted.includes(normalizeHeading(s.heading)));
}

export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

export function headingText(node: Heading): string {
  return mdToString(node).trim();
}

/** The first H1 of a document, if any. */
export function firstTitle(tree: Root): string | undefined {
  const h1 = tree.children.find((n): n is Heading => n.type === "heading" && n.depth === 1);
  return h1 ? headingText(h1) : undefined;
}

/** Markdown text between two offsets of a document, trimmed; for intros before the first section. */
export function sliceMarkdown(doc: MarkdownDocument, start: number, end: number): string {
  return doc.text.slice(start, end).trim();
}
