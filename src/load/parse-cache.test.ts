import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { readFrontMatterDocument } from "../model/markdown/document.js";
import { ParseCache, parseMarkdown, withParseCache } from "./parse-markdown.js";

describe("the parse cache", () => {
  it("reuses the parse of unchanged text inside withParseCache, and only there", () => {
    const cache = new ParseCache();
    const a = withParseCache(cache, () => parseMarkdown("a.md", "# A\n"));
    expect(withParseCache(cache, () => parseMarkdown("a.md", "# A\n"))).toBe(a);
    expect(withParseCache(cache, () => parseMarkdown("a.md", "# B\n"))).not.toBe(a);
    expect(parseMarkdown("a.md", "# A\n")).not.toBe(a);
  });

  it("replays the front matter's problems on every read", () => {
    const cache = new ParseCache();
    const read = () => {
      const found: Diagnostic[] = [];
      const doc = withParseCache(cache, () =>
        readFrontMatterDocument("g.md", "---\ntitle: [unclosed\n---\n", (d) => found.push(d)),
      );
      return { doc, found };
    };
    const first = read();
    const second = read();
    expect(second.doc).toBe(first.doc);
    expect(first.found.length).toBeGreaterThan(0);
    expect(second.found).toEqual(first.found);
  });
});
