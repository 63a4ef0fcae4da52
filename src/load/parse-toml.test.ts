import { describe, expect, it } from "vitest";
import { parseToml, tomlString, tomlTable } from "./parse-toml.js";

describe("parseToml", () => {
  it("reads TOML as TOML: single quotes, inline tables, dotted keys, comments", () => {
    const { value, diagnostics } = parseToml(
      "book.toml",
      "[book]\nsrc = 'book' # the content\ntitle = \"wg\"\n[output.html]\n'site-url' = '/wg/'\nfold.enable = true\n",
    );
    expect(diagnostics).toEqual([]);
    expect(tomlString(tomlTable(value, "book"), "src")).toBe("book");
    expect(tomlString(tomlTable(value, "output", "html"), "site-url")).toBe("/wg/");
    expect(tomlTable(value, "output", "html", "fold")?.enable).toBe(true);
    expect(tomlString(tomlTable(value, "book"), "missing")).toBeUndefined();
    expect(tomlTable(value, "book", "src")).toBeUndefined();
  });

  it("keeps __proto__ a plain key", () => {
    const { value } = parseToml("x.toml", "[t]\n__proto__ = 'x'\n");
    expect(tomlString(tomlTable(value, "t"), "__proto__")).toBe("x");
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("reports a syntax error at its line and column, and reads as empty", () => {
    const { value, diagnostics } = parseToml("book.toml", '[book]\ntitle = "x"\nsrc = \n');
    expect(value).toEqual({});
    expect(diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "toml-syntax",
        severity: "error",
        span: expect.objectContaining({
          file: "book.toml",
          start: expect.objectContaining({ line: 3, column: 7 }),
        }),
        message: "Unexpected TOML: invalid value, expected a TOML 1.0 document",
      }),
    ]);
  });
});
