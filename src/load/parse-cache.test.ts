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

  it("keeps the parts of a file parsed under its name, dropping the least recently used", () => {
    const cache = new ParseCache();
    const parse = (text: string) => withParseCache(cache, () => parseMarkdown("g.md", text));
    // A layout reads a file, then each of its sections under the file's name, on every build.
    const whole = parse("# G\n\n## A\n\n## B\n");
    const parts = ["## A\n", "## B\n"].map(parse);
    expect(parse("# G\n\n## A\n\n## B\n")).toBe(whole);
    expect(parse("## A\n")).toBe(parts[0]);
    expect(parse("## B\n")).toBe(parts[1]);
    // Past 16 texts, the oldest is parsed again; the most recent are kept.
    const edits = Array.from({ length: 16 }, (_, i) => parse(`# Edit ${i}\n`));
    expect(parse("# G\n\n## A\n\n## B\n")).not.toBe(whole);
    expect(parse("# Edit 15\n")).toBe(edits[15]);
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
