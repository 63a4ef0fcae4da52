import type { Heading, ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Span } from "../../../diagnostics/diagnostic.js";
import type { MarkdownDocument } from "../../types.js";
import { type Definitions, type FoundLink, linksIn, spanOf } from "./links.js";

/** The answer to one "Frequently asked questions" entry of a page. */
export interface Answer {
  /** The question as written, Markdown stripped. */
  question: string;
  nodes: RootContent[];
  /** The question's heading or list item, where problems with the answer point. */
  span: Span;
}

/**
 * Finds the first FAQ entry whose question matches. The book writes them two ways: a heading
 * (`### **What are the sources for this story?**`) followed by the answer up to the next heading
 * of the same rank, or a list item whose bold first line is the question and whose nested list
 * is the answer.
 */
export function findAnswer(doc: MarkdownDocument, question: RegExp): Answer | undefined {
  const nodes = doc.tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading" || !question.test(mdToString(node))) continue;
    let j = i + 1;
    while (
      j < nodes.length &&
      !(nodes[j]!.type === "heading" && (nodes[j] as Heading).depth <= node.depth)
    )
      j++;
    return {
      question: mdToString(node).trim(),
      nodes: nodes.slice(i + 1, j),
      span: spanOf(doc, node),
    };
  }
  let found: Answer | undefined;
  visit(doc.tree, "listItem", (item: ListItem) => {
    const [first, ...rest] = item.children;
    if (found || first?.type !== "paragraph" || !isQuestion(first, question)) return;
    found = { question: mdToString(first).trim(), nodes: rest, span: spanOf(doc, first) };
  });
  return found;
}

function isQuestion(paragraph: Paragraph, question: RegExp): boolean {
  const [only] = paragraph.children;
  return (
    paragraph.children.length === 1 && only?.type === "strong" && question.test(mdToString(only))
  );
}

/** One paragraph or list entry of an answer: its text and the links in it. */
export interface AnswerBlock {
  text: string;
  links: FoundLink[];
  span: Span;
}

/** The answer's paragraphs and list entries, nested lists flattened, in order. */
export function answerBlocks(
  doc: MarkdownDocument,
  defs: Definitions,
  answer: Answer,
): AnswerBlock[] {
  const out: AnswerBlock[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "list") for (const item of node.children) walk(item);
    else if (node.type === "listItem" || node.type === "blockquote")
      for (const child of node.children) walk(child);
    else if (node.type !== "definition" && node.type !== "html") {
      const text = mdToString(node).replace(/\s+/g, " ").trim();
      if (text) out.push({ text, links: linksIn(doc, defs, node), span: spanOf(doc, node) });
    }
  };
  for (const node of answer.nodes) walk(node);
  return out;
}

/** The answer's Markdown as written, without the link definitions that may follow it. */
export function answerMarkdown(doc: MarkdownDocument, answer: Answer): string {
  const content = answer.nodes.filter((n) => n.type !== "definition");
  const first = content[0]?.position?.start.offset;
  const last = content.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? "" : doc.text.slice(first, last).trim();
}
