/**
 * An attribute of a start tag as parse5's tokenizer gives it: the tag's and the attribute's names
 * lowercased, the value decoded; a repeated attribute is not reported (the first one counts).
 */
export type OnAttribute = (tag: string, name: string, value: string) => void;

/**
 * Which attributes the caller reads (by tag and attribute name, lowercased): the others' values
 * are neither cut out of the page nor decoded. A value's references never move where it ends.
 */
export type WantedAttribute = (tag: string, name: string) => boolean;

/** Elements whose content is text, by how their text ends (see `skipText`). */
const TEXT_CONTENT: Record<string, "text" | "script" | "plaintext"> = {
  title: "text",
  textarea: "text",
  style: "text",
  xmp: "text",
  iframe: "text",
  noembed: "text",
  noframes: "text",
  noscript: "text",
  script: "script",
  plaintext: "plaintext",
};

/** True for an element whose content the tokenizer reads as text (<title>, <script>, …). */
export function isTextElement(name: string): boolean {
  return Object.hasOwn(TEXT_CONTENT, name);
}

/** Character references in attribute values that decode to one plain character. */
const REFERENCE =
  /&(?:#(\d{1,7});|#[xX]([0-9A-Fa-f]{1,6});|(amp|quot|lt|gt|apos);|([A-Za-z0-9#]))/g;
const NAMED: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };

/** `</name` followed by what ends a tag name, by text element: made once each. */
const CLOSERS = new Map<string, RegExp>();

/** Thrown inside the scanner when the page leaves the plain form; never escapes it. */
const NOT_PLAIN = Symbol("not plain");

/**
 * Reads the start tags of a page in the plain form our renderers write (ASCII names, quoted or
 * plain values, no NUL, comments and scripts without the HTML tokenizer's odd corners) and reports
 * their attributes to `onAttribute` exactly as parse5's tokenizer would, skipping the text of
 * <title>, <script>, <style> and the like as it does. Returns false as soon as the page holds
 * anything else (some attributes may have been reported): the caller then reads it with parse5.
 * Differential tests compare both on every page of the example, the corpora and generated HTML,
 * and on random HTML (scan-page-links.test.ts, test/links/page-links-differential.test.ts).
 * With `part`, `page` is a piece of one (see collect-links.ts), read only if it ends where it
 * began, between tags and outside any text element.
 */
export function scanStartTags(
  page: string,
  onAttribute: OnAttribute,
  wanted?: WantedAttribute,
  part = false,
): boolean {
  if (page.includes("\0")) return false;
  // A part of a page must end as it began, between tags: else what follows it would read
  // differently in the page than after it alone (a text element left open, a `<` at its end).
  if (part && (page.endsWith("<") || page.endsWith("\r"))) return false;
  closedOnly = part;
  // The tokenizer's input stream makes every CRLF and lone CR a LF before anything else.
  const html = page.includes("\r") ? page.replace(/\r\n?/g, "\n") : page;
  try {
    let at = html.indexOf("<");
    while (at >= 0) {
      at = markup(html, at, onAttribute, wanted);
      at = html.indexOf("<", at);
    }
    return true;
  } catch (error) {
    if (error === NOT_PLAIN) return false;
    throw error;
  }
}

/** Reads the markup at `<` (index `at`), returns where the text after it starts. */
function markup(
  html: string,
  at: number,
  onAttribute: OnAttribute,
  wanted: WantedAttribute | undefined,
): number {
  const next = html.charCodeAt(at + 1);
  if (isLetter(next)) {
    const end = tag(html, at + 1, onAttribute, wanted);
    return skipText(html, end, tagName);
  }
  if (next === 0x2f /* / */) {
    if (isLetter(html.charCodeAt(at + 2))) return tag(html, at + 2);
    if (html.charCodeAt(at + 2) === 0x3e /* > */) return at + 3;
    throw NOT_PLAIN;
  }
  if (next === 0x21 /* ! */) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4);
      const body = html.slice(at + 4, close);
      if (close < 0 || body.startsWith(">") || body.startsWith("->") || body.includes("--!>"))
        throw NOT_PLAIN;
      return close + 3;
    }
    if (html.slice(at + 2, at + 9).toLowerCase() === "doctype") {
      const close = html.indexOf(">", at);
      if (close < 0) throw NOT_PLAIN;
      return close + 1;
    }
    throw NOT_PLAIN;
  }
  if (next === 0x3f /* ? */) throw NOT_PLAIN;
  // A lone "<" is text.
  return at + 1;
}

/** True while a part of a page is read (`scanStartTags`): a text element must close in it. */
let closedOnly = false;

/** The name of the last tag read, and of its attributes so far (`seen` of them), reused. */
let tagName = "";
const names: string[] = [];
let seen = 0;

/**
 * A start tag (reported to `onAttribute`) or an end tag (not reported) from its name at `from`:
 * sets `tagName`, returns where the tag ends. Names are plain ASCII; values double-quoted, single-quoted or plain unquoted. The
 * characters the tokenizer reads as errors ("'<=` in names and unquoted values) are left to parse5.
 */
function tag(
  html: string,
  from: number,
  onAttribute?: OnAttribute,
  wanted?: WantedAttribute,
): number {
  let at = from;
  let upper = false;
  let c = html.charCodeAt(at);
  while (isLetter(c) || isDigit(c) || c === 0x2d /* - */) {
    if (c <= 0x5a && c >= 0x41) upper = true;
    c = html.charCodeAt(++at);
  }
  if (!isSpace(c) && c !== 0x2f && c !== 0x3e) throw NOT_PLAIN;
  const name = upper ? html.slice(from, at).toLowerCase() : html.slice(from, at);
  tagName = name;
  seen = 0;
  for (;;) {
    while (isSpace(c) || c === 0x2f /* / */) c = html.charCodeAt(++at);
    if (c === 0x3e /* > */) return at + 1;
    if (!isNameChar(c)) throw NOT_PLAIN;
    const start = at;
    upper = false;
    while (isNameChar(c)) {
      if (c <= 0x5a && c >= 0x41) upper = true;
      c = html.charCodeAt(++at);
    }
    const key = upper ? html.slice(start, at).toLowerCase() : html.slice(start, at);
    // Where the value is in the page: cut out only when wanted.
    let valueFrom = 0;
    let valueTo = 0;
    let next = at;
    while (isSpace(c)) c = html.charCodeAt(++next);
    if (c === 0x3d /* = */) {
      c = html.charCodeAt(++next);
      while (isSpace(c)) c = html.charCodeAt(++next);
      if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        const close = html.indexOf(c === 0x22 ? '"' : "'", next + 1);
        if (close < 0) throw NOT_PLAIN;
        valueFrom = next + 1;
        valueTo = close;
        at = close + 1;
      } else {
        const begin = next;
        while (isUnquoted(c)) c = html.charCodeAt(++next);
        // An unquoted value ends at a space or `>`; anything else the tokenizer would keep in it.
        if (next === begin || !(isSpace(c) || c === 0x3e)) throw NOT_PLAIN;
        valueFrom = begin;
        valueTo = next;
        at = next;
      }
      c = html.charCodeAt(at);
    } else c = html.charCodeAt(at);
    if (onAttribute && isNew(key)) {
      names[seen++] = key;
      if (!wanted || wanted(name, key))
        onAttribute(name, key, decode(html.slice(valueFrom, valueTo)));
    }
  }
}

/** True when the tag being read has no attribute named `key` yet. */
function isNew(key: string): boolean {
  for (let i = 0; i < seen; i++) if (names[i] === key) return false;
  return true;
}

/** An attribute value with its character references decoded; only the plainest are read here. */
function decode(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(REFERENCE, (_, decimal, hex, named, other) => {
    if (other !== undefined) throw NOT_PLAIN;
    if (named !== undefined) return NAMED[named]!;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex, 16);
    // Controls, surrogates and non-characters are replaced or kept by rules parse5 applies.
    const plain =
      code === 0x09 ||
      code === 0x0a ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfdcf) ||
      (code >= 0xfdf0 && code <= 0xfffd);
    if (!plain) throw NOT_PLAIN;
    return String.fromCharCode(code);
  });
}

/**
 * Skips the content of a text element opened by `name`, as the tokenizer does: up to the first
 * `</name` followed by a space, `/` or `>` (any case); a script's text also holding `<!--` is left
 * to parse5, whose escaped states could end it elsewhere; <plaintext> never ends.
 */
function skipText(html: string, from: number, name: string): number {
  // Own keys only: a <constructor> tag is no text element.
  const kind = Object.hasOwn(TEXT_CONTENT, name) ? TEXT_CONTENT[name] : undefined;
  if (kind === undefined) return from;
  if (kind === "plaintext") {
    if (closedOnly) throw NOT_PLAIN;
    return html.length;
  }
  let close = CLOSERS.get(name);
  if (!close) {
    close = new RegExp(`</${name}(?=[\\t\\n\\f />])`, "ig");
    CLOSERS.set(name, close);
  }
  close.lastIndex = from;
  const found = close.exec(html);
  if (!found && closedOnly) throw NOT_PLAIN;
  const end = found ? found.index : html.length;
  if (kind === "script" && html.slice(from, end).includes("<!--")) throw NOT_PLAIN;
  return end;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The tokenizer's whitespace: tab, line feed, form feed, space (CR is gone by then). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c;
}

/** Printable ASCII but for what ends a name (/ = >) and what the tokenizer flags (" ' <). */
function isNameChar(code: number): boolean {
  return (
    code > 0x20 &&
    code < 0x7f &&
    code !== 0x22 &&
    code !== 0x27 &&
    code !== 0x2f &&
    code !== 0x3c &&
    code !== 0x3d &&
    code !== 0x3e
  );
}

/** Printable ASCII but for what the tokenizer flags in an unquoted value (" ' < = `) and >. */
function isUnquoted(code: number): boolean {
  return code === 0x2f /* / */ || (isNameChar(code) && code !== 0x60) /* ` */;
}
