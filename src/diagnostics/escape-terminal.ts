/**
 * Characters a terminal (or a CI log viewer) acts on instead of showing: C0 controls (ESC starts
 * colour, cursor and title sequences; CR and LF forge lines), DEL, C1 controls (U+009B is a
 * one-byte CSI), and the bidirectional overrides and isolates that reorder what follows them
 * ("Trojan Source"), plus the Unicode line and paragraph separators.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from files, titles or GitHub made safe to print: every character above becomes a visible
 * escape (`\x1b`, `\n`, `\u202e`), so a title can neither colour, move, rewrite nor reorder the
 * terminal. Every terminal and annotation formatter runs untrusted text through this one function;
 * our own colours are added after it.
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** True when text holds no character escapeTerminal would escape, line breaks aside. */
export function isTerminalSafe(text: string): boolean {
  return text.split("\n").every((line) => escapeTerminal(line) === line);
}
