import { describe, expect, it } from "vitest";
import type { Diagnostic } from "./diagnostic.js";
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
    expect(formatGithub({ ...diagnostic, message: "50% done\nnext" })).toBe(
      "::error file=goals/a%2Cb.md,line=2,col=1,endLine=2,endColumn=3,title=invalid-value::50%25 done%0Anext%0AUse done.",
    );
  });

  it("counts errors and warnings", () => {
    expect(summarize([diagnostic, { ...diagnostic, severity: "warning" }])).toEqual({
      errors: 1,
      warnings: 1,
    });
  });
});
