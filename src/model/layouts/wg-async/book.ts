import { posix } from "node:path";
import type { RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { parseToml, tomlString, tomlTable } from "../../../load/parse-toml.js";
import { resolveLink } from "../../links/resolve-link.js";
import type { MarkdownDocument } from "../../types.js";

/** mdBook's configuration at the root of a wg-async checkout. */
export const BOOK_TOML = "book.toml";

export interface Book {
  /** `[book] title`. */
  title?: string;
  /** `[book] src`: the folder that holds the Markdown, relative to the root ("src" by default). */
  src: string;
  /** `[output.html] git-repository-url`. */
  repository?: string;
  /** `[output.html] site-url`: the path the book is served under, e.g. "/wg-async/". */
  siteUrl?: string;
  /** `[output.html.redirect]`: old page paths (from the site root) to new ones. */
  redirects: Map<string, string>;
}

/**
 * Reads the few book.toml keys the layout needs, with a real TOML parser (mdBook's own books
 * write `src = 'book'` and single-quoted URLs). A syntax error is reported and the defaults kept.
 */
export function readBook(text: string | undefined, report?: (d: Diagnostic) => void): Book {
  const { value, diagnostics } = parseToml(BOOK_TOML, text ?? "");
  for (const d of diagnostics) report?.(d);
  const book = tomlTable(value, "book");
  const html = tomlTable(value, "output", "html");
  const redirects = new Map<string, string>();
  for (const [from, to] of Object.entries(tomlTable(html ?? {}, "redirect") ?? {}))
    if (typeof to === "string") redirects.set(from, to);
  return {
    title: tomlString(book, "title"),
    src: (tomlString(book, "src") ?? "src").replace(/^\.\//, "").replace(/\/$/, ""),
    repository: tomlString(html, "git-repository-url"),
    siteUrl: tomlString(html, "site-url"),
    redirects,
  };
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** A link written in a page, resolved to a workspace file and the fragment it names. */
export interface ResolvedLink {
  path: string;
  anchor?: string;
}

/** Resolves a URL written in workspace file `from`; undefined when it reaches no file. */
export type BookLinks = (from: string, url: string) => ResolvedLink | undefined;

/**
 * The book's links, resolved as `check` and the site resolve them (resolveLink, against every
 * workspace path), plus links to the book's own published site: an absolute URL under its
 * site-url, through its redirects, names the page built from the content folder.
 */
export function bookLinks(book: Book, paths: ReadonlySet<string>): BookLinks {
  return (from, url) => {
    const target = resolveLink(siteLink(book, url) ?? url, from, paths);
    if (target.kind !== "page" && target.kind !== "file" && target.kind !== "anchor")
      return undefined;
    return { path: target.file, anchor: target.fragment };
  };
}

/** A URL of the book's published site as a root-relative link, or undefined for any other. */
function siteLink(book: Book, url: string): string | undefined {
  const site = book.siteUrl;
  if (!site || !ABSOLUTE.test(url)) return undefined;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const base = site.endsWith("/") ? site : `${site}/`;
  if (!pathname.startsWith(base)) return undefined;
  const page = `/${pathname.slice(base.length)}`;
  const moved = book.redirects.get(page) ?? page;
  const hash = url.indexOf("#");
  return `/${posix.join(book.src, moved)}${hash < 0 ? "" : url.slice(hash)}`;
}

function splitAnchor(url: string): [string, string | undefined] {
  const hash = url.indexOf("#");
  const bare = (hash < 0 ? url : url.slice(0, hash)).replace(/\?.*$/, "");
  return [bare, hash < 0 ? undefined : url.slice(hash + 1)];
}

/**
 * Rewrites a relative URL written in `from` so that it points at the same place from `to`:
 * a row of roadmap.md may lend its links to an item that lives in another file.
 */
export function rebaseLink(from: string, url: string, to: string): string {
  if (ABSOLUTE.test(url) || url.startsWith("/") || url.startsWith("#") || from === to) return url;
  const [target = "", anchor] = splitAnchor(url);
  const path = posix.normalize(posix.join(posix.dirname(from), target));
  if (path === to) return anchor === undefined ? posix.basename(to) : `#${anchor}`;
  const relative = posix.relative(posix.dirname(to), path);
  return `${relative}${anchor === undefined ? "" : `#${anchor}`}`;
}

/** A stretch of a page's Markdown whose relative link URLs are rewritten to work from `to`. */
export function rebaseMarkdown(
  doc: MarkdownDocument,
  nodes: RootContent[],
  range: { start: number; end: number },
  to: string,
): string {
  const edits: { at: number; length: number; url: string }[] = [];
  for (const node of nodes)
    visit(node, (n) => {
      if ((n.type !== "link" && n.type !== "definition") || !n.position) return;
      const from = n.position.start.offset ?? 0;
      // The URL as the parser read it; if the source spells it otherwise, it stays as written.
      const at = doc.text.slice(from, n.position.end.offset).lastIndexOf(n.url);
      const url = rebaseLink(doc.file, n.url, to);
      if (at >= 0 && url !== n.url) edits.push({ at: from + at, length: n.url.length, url });
    });
  let text = doc.text.slice(0, range.end);
  for (const e of edits.sort((a, b) => b.at - a.at))
    text = text.slice(0, e.at) + e.url + text.slice(e.at + e.length);
  return text.slice(range.start).trim();
}
