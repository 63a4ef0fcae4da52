import type GithubSlugger from "github-slugger";
import type {
  Definition,
  ListItem,
  Nodes,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from "mdast";
import { normalizeUri } from "micromark-util-sanitize-uri";
import { trimLines } from "trim-lines";
import { unresolvedLabels } from "./plain-labels.js";
import type { LinkResolver, RootBlock } from "./render-markdown.js";

/**
 * Markdown → sanitised HTML straight from the mdast, for the trees made only of nodes whose HTML
 * is plain (paragraphs, headings, emphasis, code, links and defined references, lists without
 * tasks, tables, quotes):
 * the same bytes as remark-rehype, plainLabels, the link rewrite, rehype-sanitize's default
 * schema, the heading ids and rehype-stringify give them (`renderMarkdown`'s other path), without
 * building and copying two hast trees. Any other node (an image, a footnote, a reference, a task,
 * a node with hast data) returns undefined, and the tree takes the other path; so does a tree
 * whose in-page links the sanitiser's id prefix could bend. `direct-html.test.ts` holds both paths
 * to the same output on the example, both corpora, a generated workspace, the hostile inputs and
 * random Markdown.
 */
export function directBlocks(
  tree: Root,
  resolve: LinkResolver | undefined,
  slugger: GithubSlugger,
): RootBlock[] | undefined {
  const writer = new DirectWriter(tree, resolve, slugger);
  try {
    const blocks: RootBlock[] = [];
    for (const node of tree.children) {
      if (node.type === "heading" && node.depth <= 2) {
        const { id, html, text } = writer.heading(node);
        blocks.push({ html: "", heading: { text, id, depth: node.depth, html } });
      } else {
        const html = writer.block(node);
        if (html !== undefined) blocks.push({ html });
      }
    }
    // A `#x` link with no `x` but a heading slugged `user-content-x` is bent towards it (see
    // `finish`): rare enough to leave to the other path.
    return writer.localLinks && writer.prefixedIds ? undefined : blocks;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

const UNSUPPORTED = Symbol("unsupported node");

/** Protocols rehype-sanitize's default schema allows in an `href`. */
const HREF_PROTOCOLS = ["http", "https", "irc", "ircs", "mailto", "xmpp"];

/** What inline content adds up to: its HTML and, for a heading's id, its text. */
interface Inline {
  html: string;
  text: string;
}

class DirectWriter {
  /** The body has a link to `#…`, and a heading id starts with the sanitiser's prefix. */
  localLinks = false;
  prefixedIds = false;

  /** The tree's link definitions by upper-cased identifier, the first of each: made when needed. */
  private definitions?: Map<string, Definition>;

  constructor(
    private readonly tree: Root,
    private readonly resolve: LinkResolver | undefined,
    private readonly slugger: GithubSlugger,
  ) {}

  /** A heading's id (slugged in document order, as `finish` does), inner HTML and text. */
  heading(node: Extract<Nodes, { type: "heading" }>): { id: string; html: string; text: string } {
    plain(node);
    const out: Inline = { html: "", text: "" };
    this.inlines(node.children, out, false);
    const id = this.slugger.slug(out.text);
    if (id.startsWith("user-content-")) this.prefixedIds = true;
    return { id, html: out.html, text: out.text };
  }

  /** A block's HTML, or undefined for what renders as nothing (definitions, raw HTML). */
  block(node: RootContent): string | undefined {
    plain(node);
    switch (node.type) {
      case "paragraph":
        return `<p>${this.inline(node.children)}</p>`;
      case "heading": {
        const { id, html } = this.heading(node);
        return `<h${node.depth} id="${escapeAttribute(id)}">${html}</h${node.depth}>`;
      }
      case "thematicBreak":
        return "<hr>";
      case "blockquote":
        return `<blockquote>${wrapLoose(this.blocks(node.children))}</blockquote>`;
      case "code": {
        const language = node.lang ? node.lang.split(/\s+/)[0]! : "";
        // An empty first word would leave a class the sanitiser drops: the other path decides.
        if (node.lang && !language) throw UNSUPPORTED;
        const cls = language ? ` class="${escapeAttribute(`language-${language}`)}"` : "";
        const value = node.value ? `${node.value}\n` : "";
        return `<pre><code${cls}>${escapeText(value)}</code></pre>`;
      }
      case "list": {
        const start =
          typeof node.start === "number" && node.start !== 1 ? ` start="${node.start}"` : "";
        const tag = node.ordered ? "ol" : "ul";
        const loose = listLoose(node);
        const items = node.children.map((item) => this.listItem(item, loose));
        return `<${tag}${start}>${wrapLoose(items)}</${tag}>`;
      }
      case "table":
        return this.table(node);
      case "definition":
      case "html":
        return undefined;
      default:
        throw UNSUPPORTED;
    }
  }

  private blocks(nodes: RootContent[]): string[] {
    const out: string[] = [];
    for (const node of nodes) {
      const html = this.block(node);
      if (html !== undefined) out.push(html);
    }
    return out;
  }

  /** mdast-util-to-hast's listItem: a tight item's paragraphs lose their `<p>`. */
  private listItem(node: ListItem, loose: boolean): string {
    plain(node);
    // A task item's checkbox takes attributes and a label: the other path.
    if (typeof node.checked === "boolean") throw UNSUPPORTED;
    const results: { p: boolean; html: string }[] = [];
    for (const child of node.children) {
      if (child.type === "paragraph") {
        plain(child);
        const inner = this.inline(child.children);
        results.push({ p: true, html: loose ? `<p>${inner}</p>` : inner });
      } else {
        const html = this.block(child);
        if (html !== undefined) results.push({ p: false, html });
      }
    }
    let html = "";
    results.forEach((result, index) => {
      if (loose || index !== 0 || !result.p) html += "\n";
      html += result.html;
    });
    const tail = results.at(-1);
    if (tail && (loose || !tail.p)) html += "\n";
    return `<li>${html}</li>`;
  }

  /** mdast-util-to-hast's table: a head row of `th`, a body of `td`, one cell per column. */
  private table(node: Table): string {
    const align = node.align;
    const rows = node.children.map((row, index) => {
      plain(row);
      const tag = index === 0 ? "th" : "td";
      const length = align ? align.length : row.children.length;
      const cells: string[] = [];
      for (let i = 0; i < length; i++) {
        const cell = row.children[i];
        const value = align?.[i];
        const attrs = value ? ` align="${escapeAttribute(value)}"` : "";
        if (cell) plain(cell);
        cells.push(`<${tag}${attrs}>${cell ? this.inline(cell.children) : ""}</${tag}>`);
      }
      return `<tr>${wrapLoose(cells)}</tr>`;
    });
    const head = rows.shift();
    const parts: string[] = [];
    if (head !== undefined) parts.push(`<thead>${wrapLoose([head])}</thead>`);
    if (rows.length) parts.push(`<tbody>${wrapLoose(rows)}</tbody>`);
    return `<table>${wrapLoose(parts)}</table>`;
  }

  private inline(nodes: PhrasingContent[]): string {
    const out: Inline = { html: "", text: "" };
    this.inlines(nodes, out, false);
    return out.html;
  }

  /**
   * Phrasing content, as mdast-util-to-hast's `all`: what follows a hard break loses its leading
   * spaces (a text, or an element's first child when that is a text), and so does the first
   * result of an element that follows one (`trimFirst`).
   */
  private inlines(nodes: PhrasingContent[], out: Inline, trimFirst: boolean): void {
    let first = trimFirst;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const afterBreak = i > 0 && nodes[i - 1]!.type === "break";
      if (this.phrasing(node, out, first || afterBreak, afterBreak)) first = false;
    }
  }

  /**
   * One phrasing node into `out`; true when it made a hast node (raw HTML makes none). `trim`:
   * the node's result is trimmed (a text's value); `trimChild`: its first child is (an element).
   */
  private phrasing(node: PhrasingContent, out: Inline, trim: boolean, trimChild: boolean): boolean {
    plain(node);
    switch (node.type) {
      case "text": {
        let value =
          node.value.includes("\n") || node.value.includes("\r")
            ? trimLines(node.value)
            : node.value;
        if (trim) value = trimSpaceStart(value);
        value = unresolvedLabels(value);
        out.html += escapeText(value);
        out.text += value;
        return true;
      }
      case "emphasis":
      case "strong":
      case "delete": {
        const tag = node.type === "emphasis" ? "em" : node.type === "strong" ? "strong" : "del";
        out.html += `<${tag}>`;
        this.inlines(node.children, out, trimChild);
        out.html += `</${tag}>`;
        return true;
      }
      case "inlineCode": {
        let value = node.value.replace(/\r?\n|\r/g, " ");
        if (trimChild) value = trimSpaceStart(value);
        out.html += `<code>${escapeText(value)}</code>`;
        out.text += value;
        return true;
      }
      case "break":
        out.html += "<br>\n";
        out.text += "\n";
        return true;
      case "link":
        this.link(node.url, node.title, node.children, out, trimChild);
        return true;
      case "linkReference": {
        this.definitions ??= definitionsOf(this.tree);
        const definition = this.definitions.get(String(node.identifier).toUpperCase());
        // Written back as text when the tree lacks its definition (a fragment cut from a file).
        if (!definition) throw UNSUPPORTED;
        this.link(definition.url || "", definition.title, node.children, out, trimChild);
        return true;
      }
      case "html":
        return false;
      default:
        throw UNSUPPORTED;
    }
  }

  /** A link: rewritten by the resolver, unlinked when its target is not built, its URL checked. */
  private link(
    url: string,
    title: string | null | undefined,
    children: PhrasingContent[],
    out: Inline,
    trimChild: boolean,
  ): void {
    let href = normalizeUri(url);
    const rewritten = this.resolve?.(href);
    if (rewritten === null) {
      out.html += "<span>";
      this.inlines(children, out, trimChild);
      out.html += "</span>";
      return;
    }
    if (typeof rewritten === "string") href = rewritten;
    let attrs = "";
    if (safeHref(href)) {
      attrs = ` href="${escapeAttribute(href)}"`;
      if (href.startsWith("#")) this.localLinks = true;
    }
    if (title !== null && title !== undefined) attrs += ` title="${escapeAttribute(title)}"`;
    out.html += `<a${attrs}>`;
    this.inlines(children, out, trimChild);
    out.html += "</a>";
  }
}

/** A node whose `data` asks mdast-util-to-hast for another element is left to it. */
function plain(node: Nodes): void {
  const data = node.data as Record<string, unknown> | undefined;
  if (
    data &&
    (data.hName !== undefined || data.hProperties !== undefined || data.hChildren !== undefined)
  )
    throw UNSUPPORTED;
}

/** mdast-util-to-hast's definitions: anywhere in the tree, the first of each identifier. */
function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === "definition") {
      const id = String(node.identifier).toUpperCase();
      if (!found.has(id)) found.set(id, node);
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** mdast-util-to-hast's `wrap(nodes, true)`: each node on a line of its own. */
function wrapLoose(html: string[]): string {
  return html.length ? `\n${html.join("\n")}\n` : "\n";
}

function listLoose(node: Parents & { type: "list" }): boolean {
  return node.spread || node.children.some(itemLoose);
}

function itemLoose(node: ListItem): boolean {
  return node.spread === null || node.spread === undefined ? node.children.length > 1 : node.spread;
}

function trimSpaceStart(value: string): string {
  let index = 0;
  while (value.charCodeAt(index) === 9 || value.charCodeAt(index) === 32) index++;
  return value.slice(index);
}

/** hast-util-sanitize's protocol check: a scheme before any `/`, `?` or `#` must be allowed. */
function safeHref(url: string): boolean {
  const colon = url.indexOf(":");
  if (colon < 0) return true;
  for (const mark of ["/", "?", "#"]) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return true;
  }
  return HREF_PROTOCOLS.some((p) => colon === p.length && url.startsWith(p));
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&#x26;", "<": "&#x3C;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "\0": "&#x0;",
  '"': "&#x22;",
  "&": "&#x26;",
  "'": "&#x27;",
  "`": "&#x60;",
};

/** rehype-stringify's text: `&` and `<` as hexadecimal references. */
export function escapeText(value: string): string {
  return /[&<]/.test(value) ? value.replace(/[&<]/g, (c) => TEXT_ESCAPES[c]!) : value;
}

/** rehype-stringify's double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return /[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, (c) => ATTRIBUTE_ESCAPES[c]!) : value;
}
