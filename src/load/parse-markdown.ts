import type { Root, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { LineIndex } from "../diagnostics/line-index.js";
import type { MarkdownDocument } from "../model/types.js";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

export interface ParsedMarkdown {
  document: MarkdownDocument;
  /** The front matter's YAML text, and the offset in the file where it starts. */
  frontmatter?: { text: string; offset: number };
  /** The body's Markdown text, after any front matter. */
  body: string;
  bodyOffset: number;
}

/** Parses a Markdown string (never a path) into mdast with positions, splitting off front matter. */
export function parseMarkdown(file: string, text: string): ParsedMarkdown {
  const tree = processor.parse(text) as Root;
  const lines = new LineIndex(text);
  const first = tree.children[0];
  if (first?.type !== "yaml" || !first.position) {
    return { document: { file, text, lines, tree }, body: text, bodyOffset: 0 };
  }
  const yaml = first as Yaml;
  const open = yaml.position!.start.offset ?? 0;
  const contentStart = text.indexOf("\n", open) + 1;
  const close = yaml.position!.end.offset ?? text.length;
  const newline = text.indexOf("\n", close);
  const bodyOffset = newline < 0 ? text.length : newline + 1;
  return {
    document: { file, text, lines, tree, frontmatterOffset: contentStart },
    frontmatter: { text: yaml.value, offset: contentStart },
    body: text.slice(bodyOffset),
    bodyOffset,
  };
}
