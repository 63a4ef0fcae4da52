import { describe, expect, it } from "vitest";
import { escapeTerminal, isTerminalSafe } from "./escape-terminal.js";

describe("escapeTerminal", () => {
  it("makes C0, DEL, C1 and line breaks visible", () => {
    expect(escapeTerminal("a\u001b[31mred\u001b]0;title\u0007")).toBe(
      "a\\x1b[31mred\\x1b]0;title\\x07",
    );
    expect(escapeTerminal("one\ntwo\rthree\tfour\u007f\u009b2J")).toBe(
      "one\\ntwo\\rthree\\tfour\\x7f\\x9b2J",
    );
    expect(escapeTerminal("a\u2028b\u2029c")).toBe("a\\u2028b\\u2029c");
  });

  it("makes bidirectional overrides and isolates visible", () => {
    expect(escapeTerminal("x\u202eevil\u202c\u2066y\u2069\u200f")).toBe(
      "x\\u202eevil\\u202c\\u2066y\\u2069\\u200f",
    );
  });

  it("leaves printable text, emoji and other scripts alone", () => {
    const text = "Async fn 🦀 — naïve 日本語 ↳ ✅ \\ 100%";
    expect(escapeTerminal(text)).toBe(text);
  });

  it("tells safe text from text that needs escaping", () => {
    expect(isTerminalSafe("two\nlines ✅")).toBe(true);
    expect(isTerminalSafe("a\u001b[31m")).toBe(false);
    expect(isTerminalSafe(escapeTerminal("a\u001b[31m\u202e"))).toBe(true);
  });
});
