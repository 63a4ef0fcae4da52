import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url.js";

describe("safeUrl", () => {
  it.each(["https://example.com/a?b=1", "http://x.y", "mailto:a@b.c", " https://padded.example "])(
    "lets %s through",
    (url) => {
      expect(safeUrl(url)).toBe(url.trim());
    },
  );

  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "relative/path.md",
    "//evil.example/x",
    "",
    undefined,
  ])("refuses %j", (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});
