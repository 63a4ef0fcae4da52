import type { Point, Position } from "unist";

/** One line of the text: where it starts, where it ends (before its newline), and its number. */
export interface Line {
  start: number;
  end: number;
  /** 1-based, as mdast counts. */
  line: number;
}

/** The point of `offset` on `line`, as micromark gives it (columns in UTF-16 code units). */
export const pointOn = (line: Line, offset: number): Point => ({
  line: line.line,
  column: offset - line.start + 1,
  offset,
});

/** From `from` to `to` on one line. */
export const onLine = (line: Line, from: number, to: number): Position => ({
  start: pointOn(line, from),
  end: pointOn(line, to),
});

/** From the start of `first` to the end of `last`: whole lines. */
export const acrossLines = (first: Line, last: Line): Position => ({
  start: pointOn(first, first.start),
  end: pointOn(last, last.end),
});

/** A line that ends in a space or tab: a hard break in a paragraph, trimmed in a heading. */
export const endsInSpace = (text: string, line: Line): boolean => {
  const last = text.charCodeAt(line.end - 1);
  return last === 32 || last === 9;
};

/**
 * Text that GFM reads as text alone: no character that starts or ends inline syntax (escapes,
 * code, emphasis, links and images, HTML and autolinks, references, strikethrough, tables' pipes,
 * tabs and control characters), and nothing the autolink-literal extension or transform would
 * link (a protocol, `www.`, an address).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a tab or control character leaves the text to micromark.
const NOT_PLAIN = /[\\`*_[\]!<>&~|\u0000-\u001f\u007f]|[\w.+-]@|www\.|https?:|mailto:|xmpp:/i;

export const isPlain = (text: string): boolean => !NOT_PLAIN.test(text);

/** A line holding nothing but spaces and tabs, which Markdown reads as blank. */
export const isBlank = (text: string, line: Line): boolean =>
  /^[ \t]*$/.test(text.slice(line.start, line.end));
