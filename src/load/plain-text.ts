import type { Point } from "unist";

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
