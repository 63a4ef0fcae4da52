import { describe, expect, it } from "vitest";
import { LineIndex } from "../diagnostics/line-index.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parseYaml, spanAt } from "./parse-yaml.js";

function frontMatter(text: string) {
  const md = parseMarkdown("g.md", text);
  return parseYaml("g.md", md.frontmatter!.text, md.frontmatter!.offset, md.document.lines);
}

describe("parseYaml", () => {
  it("positions values by path, shifted to the file's lines", () => {
    const y = frontMatter("---\ntitle: A\nowners: [ann, bob]\n---\nbody\n");
    expect(y.value).toEqual({ title: "A", owners: ["ann", "bob"] });
    expect(y.spans["owners.1"]?.start).toMatchObject({ line: 3, column: 15 });
    expect(y.spans["title#key"]?.start).toMatchObject({ line: 2, column: 1 });
  });

  it("keeps columns exact with CRLF line endings", () => {
    const y = frontMatter("---\r\ntitle: A\r\nstate: doing\r\n---\r\n");
    expect(y.spans.state?.start).toMatchObject({ line: 3, column: 8 });
  });

  it("reports an alias bomb as yaml-alias-limit at its first alias, not as a missing field", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [from, to] of [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ]) {
      levels.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(", ")}]`);
    }
    const y = frontMatter(`---\n${levels.join("\n")}\ntitle: Bomb\n---\n`);
    expect(y.value).toBeUndefined();
    expect(y.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "yaml-alias-limit",
        severity: "error",
        message:
          "Unexpected aliases that expand too far, expected at most 100 (limit `yaml-aliases`)",
        span: expect.objectContaining({ start: { line: 3, column: 8, offset: 45 } }),
      }),
    ]);
    expect(y.diagnostics[0]!.hint).toContain("WAYMARK_LIMITS=yaml-aliases=200");
  });

  it("reports an alias inside the node it names at the alias, never recursing (fuzz seed -64359235)", () => {
    const y = frontMatter("---\ntitle: A\nowners: &a [1, *a]\n---\n");
    expect(y.value).toBeUndefined();
    expect(y.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "yaml-syntax",
        severity: "error",
        span: expect.objectContaining({ start: { line: 3, column: 16, offset: 28 } }),
      }),
    ]);
  });

  it("reports syntax errors and duplicate keys as diagnostics, never throwing", () => {
    const text = "a: 1\na: 2\nb: [\n";
    const y = parseYaml("w.yaml", text, 0, new LineIndex(text));
    expect(y.value).toBeUndefined();
    expect(y.diagnostics.map((d) => d.ruleId)).toEqual(["duplicate-key", "yaml-syntax"]);
    expect(y.diagnostics[0]!.span.start.line).toBe(2);
    expect(y.diagnostics.every((d) => !d.message.includes("\n"))).toBe(true);
  });

  it("falls back to the nearest parent span for a missing path", () => {
    const y = frontMatter("---\nlinks:\n  - title: a\n---\n");
    expect(spanAt(y.spans, "links.0.url", y.spans[""]!)).toEqual(y.spans["links.0"]);
  });
});

describe("parseMarkdown", () => {
  it("splits front matter from the body and keeps offsets", () => {
    const md = parseMarkdown("a.md", "---\nt: 1\n---\n# Title\n");
    expect(md.frontmatter).toEqual({ text: "t: 1", offset: 4 });
    expect(md.body).toBe("# Title\n");
    expect(md.bodyOffset).toBe(13);
  });

  it("treats a file without front matter as all body", () => {
    const md = parseMarkdown("a.md", "# Only\n");
    expect(md.frontmatter).toBeUndefined();
    expect(md.body).toBe("# Only\n");
  });
});
