import { markdownHtml } from "../markdown/render-markdown.js";
import { useShell } from "../shell.js";

interface MarkdownProps {
  text?: string;
  /** The workspace file the text comes from; relative links resolve from there. */
  source: string;
  class?: string;
}

/** A Markdown fragment, sanitised (see render-markdown.ts): the only way content becomes HTML. */
export function Markdown({ text, source, class: cls }: MarkdownProps) {
  const shell = useShell();
  if (!text?.trim()) return null;
  const html = markdownHtml(text, {
    resolveLink: shell.links(source),
    references: shell.references(source),
  });
  return <div class={cls ? `prose ${cls}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * One line of Markdown (a checklist entry, a table cell, a metadata value) without a paragraph
 * around it. It is cut from `source`, so the file's own link definitions apply to it.
 */
export function InlineMarkdown({ text, source }: MarkdownProps) {
  const shell = useShell();
  if (!text?.trim()) return null;
  return <span dangerouslySetInnerHTML={{ __html: shell.inlineHtml(text, source) }} />;
}

/** HTML that came out of renderMarkdown, and so is sanitised already. */
export function SanitizedHtml({ html, class: cls }: { html: string; class?: string }) {
  if (!html) return null;
  return <div class={cls ? `prose ${cls}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
