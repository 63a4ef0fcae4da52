/**
 * Text from GitHub or files as one line of Markdown for HackMD or Zulip: newlines folded, and
 * every character that could open a link, an emphasis, HTML or a table cell escaped, so a
 * title cannot turn into markup or a link of its own.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: folding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]+/g;

export function mdText(text: string): string {
  return text
    .replace(CONTROL, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~@:$]/g, (c) => `\\${c}`);
}

/** `[text](url)` for an http(s) URL; the text alone for anything else. */
export function mdLink(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s()<>]+$/i.test(url)) return mdText(text);
  return `[${mdText(text)}](${url})`;
}
