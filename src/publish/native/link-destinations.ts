import type { Definition, Image, Link, Nodes } from "mdast";
import { parseMarkdown } from "../../load/parse-markdown.js";
import { walkTree } from "../../model/markdown/walk-tree.js";

/** Where the URL of a link, image or definition is written in a Markdown text. */
export interface LinkDestination {
  /** The URL as the parser read it (escapes and entities decoded). */
  url: string;
  /** Source range of the destination as written, without the `<…>` around it. */
  start: number;
  end: number;
}

/**
 * Every inline link, inline image and definition of a Markdown text whose destination can be found
 * exactly, in source order. mdast positions cover the whole `[text](url "title")`, not the URL, so
 * the destination is read from the source after the node's text, by CommonMark's grammar, and kept
 * only when it is the URL the parser read: a link written some other way is left out (and so left
 * as written), never guessed at. Reference links carry no URL of their own; autolinks are absolute.
 */
export function linkDestinations(file: string, text: string): readonly LinkDestination[] {
  if (!RELATIVE.test(text)) return [];
  let found = recent.get(text);
  if (!found) {
    if (recent.size >= RECENT) recent.clear();
    found = parseDestinations(file, text);
    recent.set(text, found);
  }
  return found;
}

/** An import reads each text twice (to write it, then to verify it): the second read is free. */
const recent = new Map<string, LinkDestination[]>();
const RECENT = 4096;

function parseDestinations(file: string, text: string): LinkDestination[] {
  const out: LinkDestination[] = [];
  walkTree(parseMarkdown(file, text).document.tree, (node: Nodes) => {
    let found: { start: number; end: number } | undefined;
    if (node.type === "link" || node.type === "image") found = resourceDestination(text, node);
    else if (node.type === "definition") found = definitionDestination(text, node);
    else return;
    if (found && decodeDestination(text.slice(found.start, found.end)) === node.url)
      out.push({ url: node.url, ...found });
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Text with no `](` or `]:` followed by something other than an absolute URL or a fragment has no
 * link that could move: most of a page's text, and most pages of a corpus that links out. Such
 * text is not parsed, which is where an import spends its time.
 */
const RELATIVE = /\](?:\(\s*<?|:\s*<?)(?![a-z][a-z\d+.-]*:|#|\/\/)/i;

/** `](dest "title")` after the text of an inline link or image, ending where the node ends. */
function resourceDestination(text: string, node: Link | Image): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || text[end - 1] !== ")") return undefined;
  // A link's text ends where its last child does; an image's alt has no position of its own.
  const last = node.type === "link" ? node.children.at(-1)?.position?.end.offset : undefined;
  for (let at = text.indexOf("](", last ?? start + 1); at >= 0 && at < end; ) {
    const found = resource(text, at + 1, end);
    if (found) return found;
    at = text.indexOf("](", at + 1);
  }
  return undefined;
}

/** `[label]: dest "title"`: the destination after the first unescaped `]:`. */
function definitionDestination(text: string, node: Definition): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  let at = text.indexOf("[", start) + 1;
  while (at > 0 && at < end && text[at] !== "]") at += text[at] === "\\" ? 2 : 1;
  if (at <= 0 || text[at + 1] !== ":") return undefined;
  return destination(text, space(text, at + 2, end), end)?.range;
}

interface Range {
  start: number;
  end: number;
}

/** `(dest "title")` from the `(` at `open` to the `)` that ends the node, or undefined. */
function resource(text: string, open: number, end: number): Range | undefined {
  if (text[open] !== "(") return undefined;
  const dest = destination(text, space(text, open + 1, end), end);
  if (!dest) return undefined;
  let at = space(text, dest.next, end);
  const close = TITLE_CLOSE[text[at] ?? ""];
  if (close && at < end - 1) {
    at++;
    while (at < end && text[at] !== close) at += text[at] === "\\" ? 2 : 1;
    at = space(text, at + 1, end);
  }
  return at === end - 1 ? dest.range : undefined;
}

const TITLE_CLOSE: Record<string, string> = { '"': '"', "'": "'", "(": ")" };

/** A destination at `at`: `<…>`, or raw with balanced parentheses up to a space or `)`. */
function destination(
  text: string,
  at: number,
  end: number,
): { range: Range; next: number } | undefined {
  if (text[at] === "<") {
    let i = at + 1;
    while (i < end && text[i] !== ">" && text[i] !== "\n" && text[i] !== "<")
      i += text[i] === "\\" ? 2 : 1;
    return text[i] === ">" ? { range: { start: at + 1, end: i }, next: i + 1 } : undefined;
  }
  let i = at;
  let depth = 0;
  while (i < end) {
    const c = text[i]!;
    if (c === "\\") i += 2;
    else if (/\s/.test(c) || (c === ")" && depth === 0)) break;
    else {
      if (c === "(") depth++;
      else if (c === ")") depth--;
      i++;
    }
  }
  return { range: { start: at, end: Math.min(i, end) }, next: Math.min(i, end) };
}

/** Past spaces and tabs, and at most one line ending (CommonMark's optional whitespace). */
function space(text: string, at: number, end: number): number {
  let i = at;
  let lines = 0;
  while (i < end && /\s/.test(text[i]!)) {
    if (text[i] === "\n" && ++lines > 1) break;
    i++;
  }
  return i;
}

/** A destination as the parser reads it: backslash escapes and the common entities decoded. */
function decodeDestination(raw: string): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&(amp|lt|gt|quot|#(\d+)|#x([\da-f]+));/gi, (_, name: string, dec, hex) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(Number.parseInt(hex, 16))
          : ENTITIES[name.toLowerCase()]!,
    );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/**
 * The text with the URL of each link replaced where `replace` gives a new one for it, spliced in by
 * offset so every other byte stays as written.
 */
export function replaceLinkUrls(
  file: string,
  text: string,
  replace: (url: string, raw: string) => string | undefined,
): string {
  let out = text;
  for (const d of [...linkDestinations(file, text)].reverse()) {
    const raw = text.slice(d.start, d.end);
    const next = replace(d.url, raw);
    if (next !== undefined && next !== raw) out = out.slice(0, d.start) + next + out.slice(d.end);
  }
  return out;
}
