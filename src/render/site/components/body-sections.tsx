import { normalizeHeading } from "../../../model/markdown/sections.js";
import {
  type MarkdownPart,
  type RenderedMarkdown,
  renderMarkdown,
} from "../markdown/render-markdown.js";
import { useShell } from "../shell.js";
import { SanitizedHtml } from "./markdown.js";

/**
 * The ids a page's own sections take, for `useBody`'s `reserved`: always `main` and `always`,
 * and each of `maybe` the page shows. Only ids in use are reserved, so body headings keep the
 * slugs links in other files were written against.
 */
export function idsInUse(always: string[], maybe: Record<string, boolean>): string[] {
  return ["main", ...always, ...Object.keys(maybe).filter((id) => maybe[id])];
}

/** A Markdown body rendered once, with its named sections taken out for the page to place. */
export interface Body {
  /** Text before the first section. */
  intro: string;
  /** Sections the page asked for by name (normalised heading), in the body's own words. */
  named: Map<string, MarkdownPart>;
  /** Every other section, in order. */
  rest: MarkdownPart[];
  footnotes: string;
}

/**
 * Renders `text` (from workspace file `source`) and takes out the sections named in `names`
 * ("impact", "help wanted"). `reserved` are the page's own ids, which headings must not take.
 */
export function useBody(
  text: string,
  source: string,
  names: string[] = [],
  reserved: readonly string[] = [],
): Body {
  const shell = useShell();
  const rendered: RenderedMarkdown = renderMarkdown(shell.markdownTree(source, text), {
    resolveLink: shell.links(source),
    reserved,
    dropTitle: true,
  });
  const wanted = new Set(names.map(normalizeHeading));
  const named = new Map<string, MarkdownPart>();
  const rest: MarkdownPart[] = [];
  let intro = "";
  for (const part of rendered.parts) {
    if (!part.heading) intro += part.html;
    else {
      const name = normalizeHeading(part.heading.text);
      if (wanted.has(name) && !named.has(name)) named.set(name, part);
      else rest.push(part);
    }
  }
  return { intro, named, rest, footnotes: rendered.footnotes };
}

/** A body section with its heading, as the body wrote it. */
export function BodySection({ part }: { part: MarkdownPart }) {
  const heading = part.heading;
  if (!heading) return <SanitizedHtml html={part.html} />;
  // The page's title is its only h1; a body's own top-level sections sit under it.
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id} dangerouslySetInnerHTML={{ __html: heading.html }} />
      <SanitizedHtml html={part.html} />
    </section>
  );
}

export function Footnotes({ html }: { html: string }) {
  return html ? (
    <div class="prose footnotes-wrap" dangerouslySetInnerHTML={{ __html: html }} />
  ) : null;
}

/** A whole body in its own order: intro, every section, footnotes. */
export function FullBody({ body, footnotes = true }: { body: Body; footnotes?: boolean }) {
  return (
    <>
      <SanitizedHtml html={body.intro} />
      {body.rest.map((part) => (
        <BodySection part={part} />
      ))}
      {footnotes && <Footnotes html={body.footnotes} />}
    </>
  );
}
