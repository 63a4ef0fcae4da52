import GithubSlugger from "github-slugger";
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { parseWithinLimits } from "../../../load/parse-within-limits.js";
import { type KnownNode, parseReusing, parseWithPlainBlocks } from "../../../load/plain-blocks.js";
import { directBlocks } from "./direct-html.js";
import { hastText } from "./hast-text.js";
import { plainLabels } from "./plain-labels.js";

/**
 * Rewrites a URL written in a source file: a new URL; undefined to leave it as it is (absolute
 * URLs); null when its target is not built, and the link must become plain text.
 */
export type LinkResolver = (url: string) => string | null | undefined;

export interface MarkdownOptions {
  /** Rewrites relative links (`../goals/a.md#impact`) to built pages. */
  resolveLink?: LinkResolver;
  /** Ids the page already uses; headings that would take one get a numbered slug instead. */
  reserved?: readonly string[];
  /** Drop a leading `# Title`: the page shows the title itself. */
  dropTitle?: boolean;
  /** Reference definitions every page shares (`references:` in waymark.yaml): label to URL. */
  references?: Readonly<Record<string, string>>;
}

/** A run of content, opened by a heading of depth 1 or 2 except for the part before the first. */
export interface MarkdownPart {
  heading?: { text: string; id: string; depth: number; html: string };
  html: string;
}

export interface RenderedMarkdown {
  parts: MarkdownPart[];
  /** GFM footnotes, rendered once at the end of the page. */
  footnotes: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);
// Raw HTML in Markdown is dropped by remark-rehype (allowDangerousHtml stays off). The sanitiser
// adds "user-content-" to ids itself, so remark-rehype must not add it first.
const toHast = unified().use(remarkRehype, { clobberPrefix: "" });
const sanitize = unified().use(rehypeSanitize);
const stringifier = unified().use(rehypeStringify);

/**
 * Parses Markdown text (no front matter) into mdast, for fragments that have no parsed tree, with
 * the shared `references` it uses defined (see sharedDefinitions). `reuse` are top-level nodes of
 * the text read already, which are put back instead of parsed again (`parseReusing`).
 */
export function parseMarkdownText(
  text: string,
  references?: Readonly<Record<string, string>>,
  reuse: readonly KnownNode[] = [],
): MdastRoot {
  // Bounded like every parse (the load stage reports the file): past a limit, plain text.
  const parse = (t: string) => parser.parse(t);
  const plain = (t: string) => parseWithPlainBlocks(t, parse, { frontMatter: false });
  const reused = (t: string) => parseReusing(t, plain, reuse) ?? plain(t);
  return parseWithinLimits("", text + sharedDefinitions(text, references), reused);
}

/**
 * `[label]: <url>` lines for the shared references whose label the text writes in brackets, to
 * append to it as mdBook's preprocessors append theirs: CommonMark makes `[label][]` a link only
 * when the text defines the label. The text's own definitions come first, so they win. "" when
 * none is used.
 */
export function sharedDefinitions(
  text: string,
  references: Readonly<Record<string, string>> = {},
): string {
  const labels = foldedLabels(references);
  if (!labels.length || !text.includes("[")) return "";
  const foldedText = foldLabel(text);
  const used = bracketed(foldedText);
  const lines = labels
    .filter(([, folded, odd]) => (odd ? foldedText.includes(`[${folded}]`) : used.has(folded)))
    .map(([label]) => label)
    .map(
      (label) =>
        `[${label.replace(/[[\]\\]/g, "\\$&")}]: <${references[label]!.replace(/[<>\n]/g, encodeURIComponent)}>`,
    );
  return lines.length ? `\n\n${lines.join("\n")}\n` : "";
}

/** Labels as CommonMark matches them: case folded, runs of whitespace as one space. */
function foldLabel(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** A label, folded, and whether it holds a bracket (`bracketed` cannot find those). */
type FoldedLabel = [label: string, folded: string, odd: boolean];

/** Each label of `references` folded, once per references object (a body and its blocks ask again). */
function foldedLabels(references: Readonly<Record<string, string>>): FoldedLabel[] {
  let labels = foldedOf.get(references);
  if (!labels) {
    labels = Object.keys(references).map((l) => [l, foldLabel(l), /[[\]]/.test(l)]);
    foldedOf.set(references, labels);
  }
  return labels;
}

const foldedOf = new WeakMap<object, FoldedLabel[]>();

/**
 * What the text has between each `[` and the next `]`: a label without brackets is written in
 * brackets exactly when it is one of these.
 */
function bracketed(text: string): Set<string> {
  const found = new Set<string>();
  for (let open = text.indexOf("["); open >= 0; open = text.indexOf("[", open + 1)) {
    const close = text.indexOf("]", open + 1);
    if (close < 0) break;
    found.add(text.slice(open + 1, close));
  }
  return found;
}

/**
 * A top-level node of a rendered body: a heading of depth 1 or 2 (which opens a part), the
 * footnotes, or any other content as HTML.
 */
export interface RootBlock {
  html: string;
  heading?: MarkdownPart["heading"];
  footnotes?: true;
}

/**
 * Markdown → sanitised HTML, split at headings of depth 1 and 2 so a page can place sections.
 * Links are rewritten before sanitising, so what the resolver returns is checked like the rest;
 * heading ids are added after, so they are ours (github-slugger, as the checker computes anchors).
 * A tree of plain nodes is written straight from the mdast (direct-html.ts), with the same bytes
 * as the unified pipeline gives, which the others go through.
 */
export function renderMarkdown(tree: MdastRoot, options: MarkdownOptions = {}): RenderedMarkdown {
  const slugger = () => {
    const made = new GithubSlugger();
    for (const id of options.reserved ?? []) made.slug(id);
    return made;
  };
  const blocks =
    directBlocks(tree, options.resolveLink, slugger()) ?? hastBlocks(tree, options, slugger());
  let footnotes = "";
  const parts: MarkdownPart[] = [{ html: "" }];
  blocks.forEach((block, index) => {
    if (block.footnotes) footnotes = block.html;
    else if (!block.heading) parts.at(-1)!.html += block.html;
    else if (!(block.heading.depth === 1 && index === 0 && options.dropTitle))
      parts.push({ heading: block.heading, html: "" });
  });
  if (!parts[0]!.html) parts.shift();
  return { parts, footnotes };
}

/** `renderMarkdown`'s blocks through remark-rehype, rehype-sanitize and rehype-stringify. */
export function hastBlocks(
  tree: MdastRoot,
  options: MarkdownOptions,
  slugger: GithubSlugger,
): RootBlock[] {
  const hast = toHast.runSync(tree) as HastRoot;
  plainLabels(hast);
  if (options.resolveLink) rewriteLinks(hast, options.resolveLink);
  const clean = sanitize.runSync(hast) as HastRoot;
  finish(clean, slugger);
  const blocks: RootBlock[] = [];
  for (const node of clean.children) {
    if (node.type === "text" && !node.value.trim()) continue;
    if (node.type === "element" && node.tagName === "section" && isFootnotes(node)) {
      blocks.push({ html: stringify([node]), footnotes: true });
      continue;
    }
    const depth = node.type === "element" ? headingDepth(node) : 0;
    if (depth === 1 || depth === 2) {
      const heading = node as Element;
      const text = hastText(heading);
      const id = String(heading.properties.id);
      blocks.push({ html: "", heading: { text, id, depth, html: stringify(heading.children) } });
    } else blocks.push({ html: stringify([node]) });
  }
  return blocks;
}

/** The whole of a fragment as one HTML string, headings included. */
export function markdownHtml(text: string, options: MarkdownOptions = {}): string {
  const tree = parseMarkdownText(text, options.references);
  const { parts, footnotes } = renderMarkdown(tree, options);
  const heading = (p: MarkdownPart) =>
    p.heading
      ? `<h${p.heading.depth} id="${p.heading.id}">${p.heading.html}</h${p.heading.depth}>`
      : "";
  return parts.map((p) => heading(p) + p.html).join("") + footnotes;
}

/**
 * Text in which no Markdown construct can start: it begins with a letter (so no list, heading or
 * quote), holds only letters, digits, single-line spaces and punctuation that opens nothing (no
 * `* _ [ ] < > & \\ \` ~ | # : @`), ends in no space, and names no `www.` (GFM's autolink).
 * Its HTML is the text itself: titles like this skip the parser. A property test holds the
 * fast path to the parser's output.
 */
const PLAIN = /^\p{L}[\p{L}\p{N} ,;'"()?!%+=/.-]*$/u;

export function isPlainInline(text: string): boolean {
  return PLAIN.test(text) && !text.endsWith(" ") && !/www\./i.test(text);
}

/** Inline Markdown (a list entry, a table cell) without its wrapping paragraph. */
export function inlineMarkdownHtml(text: string, options: MarkdownOptions = {}): string {
  return isPlainInline(text) ? text : parsedInlineHtml(text, options);
}

/** `inlineMarkdownHtml` through the parser, whatever the text. */
export function parsedInlineHtml(text: string, options: MarkdownOptions = {}): string {
  const html = markdownHtml(text, options);
  const m = html.match(/^<p>([\s\S]*)<\/p>$/);
  return m && !m[1]!.includes("<p>") ? m[1]! : html;
}

function stringify(nodes: (RootContent | ElementContent)[]): string {
  if (!nodes.length) return "";
  return stringifier.stringify({ type: "root", children: nodes as RootContent[] });
}

function headingDepth(node: Element): number {
  const m = node.tagName.match(/^h([1-6])$/);
  return m ? Number(m[1]) : 0;
}

function isFootnotes(node: Element): boolean {
  const cls = node.properties.className;
  return Array.isArray(cls) && cls.includes("footnotes");
}

/** Calls `fn` on every element below `node`, in document order. */
function eachElement(node: HastRoot | Element, fn: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    fn(child);
    eachElement(child, fn);
  }
}

function rewriteLinks(tree: HastRoot, resolve: LinkResolver): void {
  eachElement(tree, (el) => {
    const key = el.tagName === "a" ? "href" : el.tagName === "img" ? "src" : undefined;
    const value = key ? el.properties[key] : undefined;
    if (!key || typeof value !== "string") return;
    const rewritten = resolve(value);
    if (typeof rewritten === "string") el.properties[key] = rewritten;
    else if (rewritten === null) unlink(el);
  });
}

/** A link to something the site does not build becomes its text; an image, its alt text. */
function unlink(el: Element): void {
  const alt = el.properties.alt;
  el.tagName = "span";
  el.properties = {};
  if (typeof alt === "string") el.children = [{ type: "text", value: alt }];
}

/**
 * One walk over the sanitised tree:
 * - every heading, in document order, gets a slug id unless it has one (the footnotes label);
 * - task-list checkboxes, which are read-only, get a name so screen readers say what they mean;
 * - in-page links follow the sanitiser's id prefix. It prefixes ids with "user-content-" (so
 *   content cannot clobber globals) but leaves the links to them alone, as GitHub does before its
 *   script fixes them up; a "#x" link with no "x" but a "user-content-x" now points at it.
 */
function finish(tree: HastRoot, slugger: GithubSlugger): void {
  const ids = new Set<string>();
  const local: Element[] = [];
  eachElement(tree, (el) => {
    const { properties } = el;
    if (headingDepth(el) && properties.id === undefined) properties.id = slugger.slug(hastText(el));
    if (typeof properties.id === "string") ids.add(properties.id);
    if (el.tagName === "input" && properties.type === "checkbox")
      properties.ariaLabel = properties.checked ? "Done" : "Not done";
    if (
      el.tagName === "a" &&
      typeof properties.href === "string" &&
      properties.href.startsWith("#")
    )
      local.push(el);
  });
  for (const a of local) {
    const id = String(a.properties.href).slice(1);
    if (!ids.has(id) && ids.has(`user-content-${id}`)) a.properties.href = `#user-content-${id}`;
  }
}
