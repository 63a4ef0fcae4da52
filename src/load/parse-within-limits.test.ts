import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownHtml } from "../render/site/markdown/render-markdown.js";
import { DEFAULT_LIMITS, readLimits } from "./limits.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parseWithinLimits } from "./parse-within-limits.js";
import { scanMarkdown } from "./scan-markdown.js";

const page = (body: string) => `---\ntitle: Hostile\n---\n\n${body}\n`;
const rows = (n: number, row: string) => Array.from({ length: n }, () => row).join("\n");

describe("Markdown past a limit is kept as plain text, with a positioned diagnostic", () => {
  // Each input, the limit it goes past and where (the body starts on line 5).
  it.each([
    ["`[a](` repeated", "[a](".repeat(75_000), "link-brackets", "5:8001"],
    ["`[` repeated", "[".repeat(300_000), "link-brackets", "5:2001"],
    ["`*a` repeated", "*a".repeat(150_000), "emphasis-delimiters", "5:4001"],
    ["`_a` repeated", "_a".repeat(150_000), "emphasis-delimiters", "5:4001"],
    [
      "one long run of `*`",
      `${"*".repeat(20_000)}a${"*".repeat(20_000)}`,
      "emphasis-delimiters",
      "5:2001",
    ],
    ["backticks", "`a".repeat(150_000), "code-backticks", "5:4001"],
    ["`>`×1750", `${">".repeat(1750)} a`, "nesting-depth", "5:101"],
    ["`>`×10000", `${">".repeat(10_000)} a`, "nesting-depth", "5:101"],
    ["`- `×1000", `${"- ".repeat(1000)}a`, "nesting-depth", "5:201"],
    [
      "1,400 list levels",
      Array.from({ length: 1400 }, (_, i) => `${"  ".repeat(i)}- a`).join("\n"),
      "nesting-depth",
      "105:201",
    ],
    ["a long table", `| a | b |\n|---|---|\n${rows(6000, "| c | d |")}`, "table-cells", "5005:1"],
    [
      "a wide header",
      `|${"h|".repeat(20_000)}\n|${"-|".repeat(20_000)}\n|c|`,
      "table-cells",
      "6:1",
    ],
  ])("%s", (_name, body, limit, where) => {
    const parsed = parseMarkdown("hostile.md", page(body));
    const d = parsed.limit!;
    expect(d).toMatchObject({ ruleId: "markdown-limit", severity: "error" });
    expect(`${d.span.start.line}:${d.span.start.column}`).toBe(where);
    expect(d.message).toContain(`limit \`${limit}\``);
    expect(d.hint).toContain(`WAYMARK_LIMITS=${limit}=`);
    // Front matter still counts; the body is one paragraph of the text as written.
    expect(parsed.frontmatter?.text).toBe("title: Hostile");
    const tree = parsed.document.tree;
    expect(tree.children.map((n) => n.type)).toEqual(["yaml", "paragraph"]);
    expect(tree.children[1]).toMatchObject({
      children: [{ type: "text", value: body.trim() }],
      position: { start: { line: 5, column: 1 } },
    });
  });

  it("inline nesting the scan allows is caught by the tree's depth", () => {
    const body = `${"*a ".repeat(300)}b${" c*".repeat(300)}`;
    const d = parseMarkdown("x.md", body).limit;
    expect(d?.message).toMatch(
      /^Unexpected nesting 101 deep, expected at most 100 \(limit `nesting-depth`\)$/,
    );
    expect(d?.span.start.line).toBe(1);
  });

  it("a parser out of stack becomes a nesting-depth diagnostic, not a crash", () => {
    const overflow = () => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    const tree = parseWithinLimits("x.md", "deep", overflow);
    expect(tree.data?.limit?.message).toContain("limit `nesting-depth`");
  });

  it("the site renders such a text as escaped plain text", () => {
    const html = markdownHtml(`${">".repeat(10_000)} <a>`);
    expect(html.startsWith(`<p>${">".repeat(10_000)} &#x3C;a></p>`), html.slice(0, 80)).toBe(true);
  });

  it("the examples, docs and seeds of this repository are within every default limit", () => {
    const root = join(import.meta.dirname, "..", "..");
    const files = ["docs", "examples/async-wg/goals", "examples/async-wg/vision/stories"].flatMap(
      (dir) =>
        readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
          .filter((f) => f.endsWith(".md"))
          .map((f) => join(root, dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(scanMarkdown(readFileSync(file, "utf8"), DEFAULT_LIMITS), file).toBeUndefined();
    }
  });

  it("a raised limit lets the same text parse", () => {
    const body = `${">".repeat(150)} a`;
    expect(parseWithinLimits("x.md", body, () => ({ type: "root", children: [] }))).toMatchObject({
      data: { limit: { ruleId: "markdown-limit" } },
    });
    const limits = { ...DEFAULT_LIMITS, "nesting-depth": 200 };
    expect(scanMarkdown(body, limits)).toBeUndefined();
  });
});

describe("WAYMARK_LIMITS", () => {
  it("raises and lowers limits by name", () => {
    expect(readLimits("nesting-depth=200, open-files=8").limits).toEqual({
      ...DEFAULT_LIMITS,
      "nesting-depth": 200,
      "open-files": 8,
    });
  });

  it.each([
    ["depth=3", /^Unexpected limit `depth`, expected one of file-size, nesting-depth/],
    [
      "nesting-depth=lots",
      /^Unexpected value `lots` for limit `nesting-depth`, expected a whole number from 1 to 1000$/,
    ],
    ["nesting-depth=100000", /expected a whole number from 1 to 1000$/],
    ["open-files=0", /expected a whole number from 1 to 4096$/],
  ])("reports %s and keeps the default", (source, message) => {
    const { limits, problems } = readLimits(source);
    expect(limits).toEqual(DEFAULT_LIMITS);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});
