import type { Definition, Heading, List, ListItem, Paragraph, PhrasingContent, Text } from "mdast";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import type { Point } from "unist";
import {
  acrossLines,
  endsInSpace,
  isBlank,
  isPlain,
  type Line,
  onLine,
  pointOn,
} from "./plain-text.js";

/**
 * An inline link whose text is one line and whose destination has no character to decode, or a
 * reference `[text][label]`, `[text][]` or `[text]` (not before `(`, which would be a link that
 * did not match: left to micromark).
 */
const LINK = /\[([^[\]\n`^][^[\]\n`]*)\](?:\(([\w.~:/?#@=%+,;-]+)\)|\[([^[\]\n`^]*)\]|(?![[(]))/y;
const HEADING = /^(#{1,6}) (?=[^ ])/;
/** What may start a paragraph's later line without starting a block (a list needs `1.`). */
const GOES_ON = /^(?![0-9]+[.)])[\w("'[]/;

/** Labels that look defined (`[label]:` at the start of a line), and those the blocks use. */
export interface References {
  known: Set<string>;
  used: Set<string>;
}

const DEFINITION = /^ {0,3}\[([^[\]\\]+)\]:/gm;

/** The references of a text: what its lines seem to define, and none used yet. */
export function references(text: string): References {
  const known = new Set<string>();
  for (const [, label] of text.matchAll(DEFINITION)) known.add(identifierOf(label!));
  return { known, used: new Set() };
}

const identifierOf = (label: string) => normalizeIdentifier(label).toLowerCase();

const PLAIN_DEFINITION = /^\[([^[\]\\^][^[\]\\]*)\]: ([\w.~:/?#@=%+,;-]+)$/;

/** A definition `[label]: destination` on one line, with no title and nothing to decode. */
export function readDefinition(text: string, line: Line): Definition | undefined {
  const match = PLAIN_DEFINITION.exec(text.slice(line.start, line.end));
  if (!match || !isPlain(match[1]!)) return undefined;
  const [, label, url] = match as unknown as [string, string, string];
  const identifier = identifierOf(label);
  if (!identifier) return undefined;
  const position = acrossLines(line, line);
  return { type: "definition", identifier, label, title: null, url, position };
}

/** An ATX heading `## Text` of plain phrasing, with no closing `#`s: positioned as micromark does. */
export function readHeading(text: string, line: Line, references: References): Heading | undefined {
  const open = HEADING.exec(text.slice(line.start, Math.min(line.end, line.start + 8)));
  const closed = text.charCodeAt(line.end - 1) === 35; /* # */
  if (!open || closed || endsInSpace(text, line)) return undefined;
  const depth = open[1]!.length as Heading["depth"];
  const children = readPhrasing(text, line.start + open[0].length, line.end, [line], references);
  if (!children) return undefined;
  return { type: "heading", depth, children, position: acrossLines(line, line) };
}

/**
 * A paragraph of plain phrasing that starts at `first` (after a blank line) and ends at a blank
 * line or the end: no line starts or ends with a space (trailing spaces make breaks), and no
 * later line could start a block. Returns it and its last line.
 */
export function readParagraph(
  text: string,
  first: Line,
  next: (after: Line) => Line | undefined,
  references: References,
): { node: Paragraph; last: Line } | undefined {
  if (endsInSpace(text, first)) return undefined;
  const lines = [first];
  for (let line = next(first); line && !isBlank(text, line); line = next(line)) {
    const goesOn = GOES_ON.test(text.slice(line.start, line.start + 12));
    if (!goesOn || endsInSpace(text, line)) return undefined;
    lines.push(line);
  }
  const last = lines.at(-1)!;
  const children = readPhrasing(text, first.start, last.end, lines, references);
  if (!children) return undefined;
  return { node: { type: "paragraph", children, position: acrossLines(first, last) }, last };
}

/**
 * A `- `, `* ` or `+ ` item whose content starts as a paragraph would: not a task, a nested list
 * or a block (nor `* * *`, a thematic break).
 */
const ITEM = /^[-*+] (?![0-9]+[.)](?:[ \t]|$))(?!\[[ xX]\](?:[ \t]|$))[\w("'`[]/;

/**
 * A tight list of `- `, `* ` or `+ ` items (all with the first one's bullet), one line each, of
 * plain phrasing, ending at a blank line or the end. The caller makes sure no list is open before
 * it; here, that none goes on after it (an item of the same bullet or an indented line after the
 * blank lines would join it, and make it loose).
 */
export function readList(
  text: string,
  first: Line,
  next: (after: Line) => Line | undefined,
  references: References,
): { node: List; last: Line } | undefined {
  const items: ListItem[] = [];
  let last = first;
  let line: Line | undefined = first;
  // Another bullet would start another list.
  const bullet = text.charCodeAt(first.start);
  for (; line && !isBlank(text, line); line = next(line)) {
    const head = text.slice(line.start, Math.min(line.end, line.start + 16));
    const same = text.charCodeAt(line.start) === bullet;
    if (!same || !ITEM.test(head) || endsInSpace(text, line)) return undefined;
    const children = readPhrasing(text, line.start + 2, line.end, [line], references);
    if (!children) return undefined;
    const content = onLine(line, line.start + 2, line.end);
    const paragraph: Paragraph = { type: "paragraph", children, position: content };
    const position = acrossLines(line, line);
    items.push({ type: "listItem", spread: false, checked: null, children: [paragraph], position });
    last = line;
  }
  while (line && isBlank(text, line)) line = next(line);
  const after = line && text.slice(line.start, Math.min(line.end, line.start + 2));
  // An indented line, or an item of the same bullet after the blank lines, would join the list.
  const joins =
    after &&
    (/^[ \t]/.test(after) || (after.charCodeAt(0) === bullet && /^.(?:[ \t]|$)/.test(after)));
  if (joins) return undefined;
  const position = acrossLines(first, last);
  const list: List = {
    type: "list",
    ordered: false,
    start: null,
    spread: false,
    children: items,
    position,
  };
  return { node: list, last };
}

/**
 * Text, single-backtick code, inline links and images and references between `from` and `to`, or
 * undefined. A reference is one only if its label is defined: it is taken only for a label
 * that looks defined, and its identifier is noted for the caller to check against the parse.
 */
export function readPhrasing(
  text: string,
  from: number,
  to: number,
  lines: Line[],
  references: References,
): PhrasingContent[] | undefined {
  const point = (offset: number): Point => {
    let line = lines[0]!;
    for (const candidate of lines) if (candidate.start <= offset) line = candidate;
    return pointOn(line, offset);
  };
  const nodes: PhrasingContent[] = [];
  let plainFrom = from;
  const flush = (upto: number): boolean => {
    if (upto === plainFrom) return true;
    const value = text.slice(plainFrom, upto);
    if (!value.split("\n").every(isPlain)) return false;
    nodes.push({ type: "text", value, position: { start: point(plainFrom), end: point(upto) } });
    return true;
  };
  let at = from;
  while (at < to) {
    const char = text.charCodeAt(at);
    if (char === 96 /* ` */) {
      const close = text.indexOf("`", at + 1);
      if (close < 0 || close >= to || text.charCodeAt(close + 1) === 96) return undefined;
      const value = text.slice(at + 1, close);
      if (!value || value.includes("\n") || value.startsWith(" ") || value.endsWith(" "))
        return undefined;
      if (!flush(at)) return undefined;
      const position = { start: point(at), end: point(close + 1) };
      nodes.push({ type: "inlineCode", value, position });
      at = plainFrom = close + 1;
    } else if (char === 91 /* [ */ || (char === 33 /* ! */ && text.charCodeAt(at + 1) === 91)) {
      // `![…]` is an image: the same forms, its text the alt.
      const image = char === 33;
      LINK.lastIndex = image ? at + 1 : at;
      const link = LINK.exec(text);
      const end = LINK.lastIndex;
      if (!link || end > to || !isPlain(link[1]!) || !flush(at)) return undefined;
      const [, label, url, reference] = link as unknown as [string, string, string?, string?];
      const open = end - link[0].length;
      const position = { start: point(at), end: point(end) };
      const textStart = point(open + 1);
      const textEnd = point(open + 1 + label.length);
      const children: Text[] = [
        { type: "text", value: label, position: { start: textStart, end: textEnd } },
      ];
      if (url !== undefined)
        nodes.push(
          image
            ? { type: "image", title: null, url, alt: label, position }
            : { type: "link", title: null, url, children, position },
        );
      else {
        const name = reference || label;
        const identifier = identifierOf(name);
        if (!references.known.has(identifier) || !isPlain(name)) return undefined;
        references.used.add(identifier);
        const referenceType = reference ? "full" : reference === "" ? "collapsed" : "shortcut";
        const ref = { position, label: name, identifier, referenceType } as const;
        nodes.push(
          image
            ? { type: "imageReference", alt: label, ...ref }
            : { type: "linkReference", children, ...ref },
        );
      }
      at = plainFrom = end;
    } else at++;
  }
  return flush(to) ? nodes : undefined;
}
