import { describe, expect, it } from "vitest";
import { ANSI } from "../render/status/string-width.js";
import type { Diagnostic } from "./diagnostic.js";
import { isTerminalSafe } from "./escape-terminal.js";
import { formatGithub, formatHuman, summarize } from "./format.js";
import { LineIndex } from "./line-index.js";

const lines = new LineIndex("ab\ncd\r\nef");
const diagnostic: Diagnostic = {
  ruleId: "invalid-value",
  severity: "error",
  span: lines.span("goals/a,b.md", 3, 5),
  message: 'Unexpected "x", expected one of done: 100%',
  hint: "Use done.",
};

describe("LineIndex", () => {
  it("maps offsets to 1-based lines and columns across LF and CRLF", () => {
    expect(lines.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.point(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(lines.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(lines.point(999).line).toBe(3);
  });
});

describe("formatters", () => {
  it("prints one human line with location, severity, rule and hint", () => {
    const out = formatHuman(diagnostic);
    expect(out).toBe(
      'goals/a,b.md:2:1: error: Unexpected "x", expected one of done: 100% [invalid-value] — Use done.',
    );
    expect(out).not.toContain("\n");
  });

  it("escapes GitHub workflow command properties and data", () => {
    expect(formatGithub({ ...diagnostic, message: "50% done: next" })).toBe(
      "::error file=goals/a%2Cb.md,line=2,col=1,endLine=2,endColumn=3,title=invalid-value::50%25 done: next%0AUse done.",
    );
  });

  const hostile: Diagnostic = {
    ...diagnostic,
    span: { ...diagnostic.span, file: "goals/\u001b[2Jx\u202e.md" },
    message: 'Unexpected title "\u001b]0;pwned\u0007\nfake: ok\u009b31m"',
    hint: "Fix\r\u2066 it",
    related: [{ span: diagnostic.span, message: "see \u001b[1m" }],
  };

  it("escapes control characters in every part of a human line, which stays one line", () => {
    for (const color of [false, true]) {
      const out = formatHuman(hostile, color);
      expect(out).not.toContain("\n");
      expect(out).not.toContain("\r");
      expect(isTerminalSafe(out.replace(ANSI, ""))).toBe(true);
      expect(out).toContain("goals/\\x1b[2Jx\\u202e.md");
      expect(out).toContain("\\x1b]0;pwned\\x07\\nfake: ok\\x9b31m");
      expect(out).toContain("see \\x1b[1m");
      expect(out).toContain("Fix\\r\\u2066 it");
    }
  });

  it("escapes control characters in GitHub annotations before the runner's own escaping", () => {
    const out = formatGithub(hostile);
    expect(isTerminalSafe(out)).toBe(true);
    expect(out.split("%0A")).toHaveLength(2);
    expect(out).toContain("file=goals/\\x1b[2Jx\\u202e.md");
  });

  it("counts errors and warnings", () => {
    expect(summarize([diagnostic, { ...diagnostic, severity: "warning" }])).toEqual({
      errors: 1,
      warnings: 1,
    });
  });
});
