import { describe, expect, it, vi } from "vitest";
import { parseMarkdown } from "./parse-markdown.js";
import { parseYaml, rangesOf, sharePaths, spansFromRanges } from "./parse-yaml.js";

const TEXT = "---\ntitle: A\nteams: { lang: Ask }\nowners: [ann, bob]\n---\nbody\n";

function spansOf(text: string) {
  const md = parseMarkdown("g.md", text);
  const lines = md.document.lines;
  const { spans } = parseYaml("g.md", md.frontmatter!.text, md.frontmatter!.offset, lines);
  return { spans, ranges: rangesOf(spans)!, lines };
}

/** Lazy spans over `ranges` whose line index counts the spans it makes. */
function counted(text: string) {
  const { ranges, lines } = spansOf(text);
  const span = vi.spyOn(lines, "span");
  return { spans: spansFromRanges("g.md", ranges, lines), made: () => span.mock.calls.length };
}

describe("lazy front-matter spans", () => {
  it("keeps each node's offsets as two flat arrays, in parse order", () => {
    const { ranges } = spansOf(TEXT);
    expect(ranges.paths).toEqual([
      "",
      "title#key",
      "title",
      "teams#key",
      "teams",
      "teams.lang#key",
      "teams.lang",
      "owners#key",
      "owners",
      "owners.0",
      "owners.1",
    ]);
    expect(ranges.offsets).toHaveLength(2 * ranges.paths.length);
    expect(ranges.offsets.slice(2, 6)).toEqual([4, 9, 11, 12]);
    expect(sharePaths(ranges)).toBe(ranges);
  });

  it("makes only the span of a path read alone, the same object each time", () => {
    const { spans, made } = counted(TEXT);
    const ask = spans["teams.lang#key"];
    expect(ask?.start).toMatchObject({ line: 3, column: 10 });
    expect(spans["teams.lang#key"]).toBe(ask);
    expect(made()).toBe(1);
    // Made whole on any other use, with the span already read in its place.
    expect(Object.keys(spans)).toHaveLength(11);
    expect(made()).toBe(11);
    expect(spans["teams.lang#key"]).toBe(ask);
  });

  it("answers a path it lacks as a plain record would, without making it", () => {
    const { spans, made } = counted(TEXT);
    expect(spans["teams.0#key"]).toBeUndefined();
    expect(spans.toString).toBe(Object.prototype.toString);
    expect(made()).toBe(0);
    expect("title" in spans).toBe(true);
    expect(made()).toBe(11);
  });

  it("gives the last of a path's ranges, as the whole record does", () => {
    const { lines } = spansOf(TEXT);
    const ranges = { paths: ["a", "b", "a"], offsets: [0, 1, 2, 3, 4, 5] };
    const one = spansFromRanges("g.md", ranges, lines);
    expect(one.a?.start.offset).toBe(4);
    expect(Object.keys(one)).toEqual(["a", "b"]);
    expect(one.a?.start.offset).toBe(4);
  });

  it("makes a record with a __proto__ path whole at its first read", () => {
    const { spans, made } = counted("---\n__proto__: x\ntitle: A\n---\n");
    expect(spans.title?.start).toMatchObject({ line: 3, column: 8 });
    expect(made()).toBeGreaterThan(1);
  });
});
