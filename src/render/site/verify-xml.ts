import { SaxesParser } from "saxes";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

/**
 * Characters XML 1.0 forbids anywhere in a document (§2.2 Char): C0 controls but tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF. Not even an escape (`&#1;`) makes them legal.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** Text from files made fit for an XML document: each forbidden character becomes U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD");
}

/**
 * Checks that a document we generated is well-formed XML 1.0 (saxes checks every character,
 * name and tag pairing), so a feed reader never gets one it must reject. A failure is our bug,
 * reported as a diagnostic at its line and column in the output file rather than a broken file.
 */
export function verifyXml(file: string, text: string): Diagnostic[] {
  const parser = new SaxesParser();
  let problem: { reason: string; line: number; column: number } | undefined;
  parser.on("error", (error) => {
    problem ??= {
      reason: error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, ""),
      line: parser.line,
      column: parser.column,
    };
  });
  parser.write(text).close();
  if (!problem) return [];
  const point = { line: problem.line, column: Math.max(1, problem.column), offset: 0 };
  return [
    {
      ruleId: "invalid-feed",
      severity: "error",
      span: { file, start: point, end: point },
      message: `Unexpected ${problem.reason} in the generated ${file}, expected well-formed XML`,
      hint: "Nothing was written. This is a bug in waymark; please report it with the titles of the newest goals and stories.",
    },
  ];
}
