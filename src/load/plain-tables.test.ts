import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHAPE, generateWorkspace } from "../../bench/generate-workspace.js";
import { EXAMPLE, HOSTILE } from "../../bench/hostile-inputs.js";
import { propertyRuns } from "../../test/helpers/property-runs.js";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";
import { markdownFile } from "../../test/helpers/workspace-arbitraries.js";
import { listFiles } from "./list-files.js";
import { parseWithinLimits } from "./parse-within-limits.js";
import { parseWithPlainTables } from "./plain-tables.js";

// micromark as it comes, against the same with plain tables built beside it.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
const stock = (text: string) => processor.parse(text) as Root;

/** What the fast path did with a text: took no table, took some, or took some and then gave up. */
type Path = "none" | "tables" | "fallback";

/** Both trees equal (within the limits, as parseMarkdown parses); returns the path taken. */
function expectSame(text: string): Path {
  const seen: string[] = [];
  const watched = (t: string) => {
    seen.push(t);
    return stock(t);
  };
  const options = { frontMatter: true };
  const plain = parseWithinLimits("a.md", text, (t) => parseWithPlainTables(t, watched), options);
  expect(plain).toEqual(parseWithinLimits("a.md", text, stock, options));
  if (seen.length === 0 || seen[0] === text) return "none";
  return seen.length > 1 ? "fallback" : "tables";
}

async function pathsInFolder(dir: string): Promise<Record<Path, number>> {
  const paths: Record<Path, number> = { none: 0, tables: 0, fallback: 0 };
  for (const file of (await listFiles(dir)).filter((p) => p.endsWith(".md")))
    paths[expectSame(readFileSync(join(dir, file), "utf8"))]++;
  return paths;
}

const TABLE = "| Milestone | State | Who | Notes |\n| --- | :-: | ---: | :-- |\n";
const ROW = "| Milestone 1 | 🦀 | @person-37 | |\n";

describe("plain tables", () => {
  it("builds a plain table exactly as micromark does", () => {
    expect(expectSame(`# Title\n\n${TABLE}${ROW}|a|b|c|d|\n\nAfter.\n`)).toBe("tables");
    expect(expectSame(`${TABLE}${ROW}`)).toBe("tables");
    expect(expectSame(`Intro.\n\n${TABLE}${ROW.trimEnd()}`)).toBe("tables");
    expect(expectSame(`---\ntitle: x\n---\n\n${TABLE}\n${TABLE}${ROW}`)).toBe("tables");
    expect(expectSame("| only a header |\n|-|\n")).toBe("tables");
    expect(expectSame("|   |  x  |\n|:-|-:|\n| 1.  | # - + = \" ' ( ) é 中 |\n")).toBe("tables");
    expect(expectSame(`${TABLE}${ROW}    \n${TABLE}`)).toBe("tables");
  });

  it("leaves to micromark a table a character of inline syntax could change", () => {
    for (const cell of [
      "[a](b)",
      "`c|d`",
      "a \\| b",
      "*a*",
      "_a_",
      "~a~",
      "<b>",
      "&amp;",
      "a@b.org",
      "www.a.org",
      "https://a.org",
      "a\tb",
      "![i]",
    ])
      expect(expectSame(`${TABLE}| ${cell} | b | c | d |\n`)).toBe("none");
  });

  it("leaves to micromark a table whose shape is not the plain one", () => {
    for (const text of [
      `Para\n${TABLE}${ROW}`, // no blank line before
      `${TABLE}${ROW}text after\n`, // a line without pipes goes on the table
      `${TABLE}  | a | b | c | d |\n`, // an indented row goes on the table (found by the property)
      `${TABLE}| a | b |\n`, // a row with fewer cells
      `${TABLE}| a | b | c | d | e |\n`, // a row with more
      `${TABLE}${ROW.replace(/\n$/, " \n")}`, // a space after the last pipe
      "| a | b |\n| --- |\n", // a delimiter row of another width
      "| a |\n| -- x |\n",
      "| a |\n| : |\n",
      ` ${TABLE}${ROW}`, // indented
      `- item\n\n  ${TABLE}`, // inside a list item
      `> ${TABLE}`,
      TABLE.replaceAll("\n", "\r\n"),
    ])
      expect(expectSame(text)).toBe("none");
  });

  it("parses as it is when the blank lines would have joined what the table separates", () => {
    for (const text of [
      `- a\n\n${TABLE}\n- b\n`, // one list across the table
      `- a\n\n${TABLE}\n  continued\n`, // a paragraph of the item after it
      `    code\n\n${TABLE}\n    more code\n`, // one indented code block
      `    code\n\n${TABLE}\nAfter.\n`, // the blank lines' spaces read as the code's
      "```\nfence\n\n" + `${TABLE}${ROW}`, // an unclosed fence
      `<!--\n\n${TABLE}\n-->\n`, // an HTML comment
      `[^1]: note\n\n${TABLE}\n    more of the note\n`,
    ])
      expect(expectSame(text)).toBe("fallback");
  });

  it("keeps what the blank lines do not join", () => {
    for (const text of [
      `- a\n\n${TABLE}\nAfter.\n`,
      `> quote\n\n${TABLE}\n> quote\n`,
      "```\nfence\n```\n\n" + `${TABLE}\n    code after\n`,
    ])
      expect(expectSame(text)).toBe("tables");
  });

  it("gives micromark's trees for documents made of tables and the blocks around them", () => {
    const cell = fc.constantFrom("", " ", "a", "Milestone 1", "🦀", "@person-1", "a@b.c", "[l](u)");
    const row = (width: number) =>
      fc
        .array(cell, { minLength: width, maxLength: width })
        .map((cells) => `|${cells.map((c) => ` ${c} `).join("|")}|`);
    const delimiter = fc.constantFrom("---", ":-:", "-:", ":-", " - ");
    const table = fc
      .integer({ min: 1, max: 3 })
      .chain((width) =>
        fc
          .tuple(
            row(width),
            fc.array(delimiter, { minLength: width, maxLength: width }),
            fc.array(row(width), { maxLength: 3 }),
          )
          .map(([head, delimiters, body]) =>
            [head, `|${delimiters.join("|")}|`, ...body].join("\n"),
          ),
      );
    const block = fc.oneof(
      table,
      table,
      fc.constantFrom(
        "",
        "   ",
        "Para",
        "# Head",
        "- item",
        "  continued",
        "    code",
        "1. one",
        "> quote",
        "```",
        "~~~",
        "<!--",
        "-->",
        "<div>",
        "[^1]: note",
        "[ref]: /url",
        "---",
        "===",
        "| not | a table |",
        "  | indented | row |",
        "  - nested",
        "\t- tab item",
        "2) two",
        "> - quoted item",
        ">",
        "<pre>",
        "</pre>",
        "[ref]:",
        "  /url",
        "* * *",
      ),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.boolean(), (blocks, end) => {
        expectSame(blocks.join("\n") + (end ? "\n" : ""));
      }),
      propertyRuns(800),
    );
  });

  it("gives micromark's trees for random Markdown and the hostile inputs", () => {
    fc.assert(
      fc.property(markdownFile, (text) => {
        expectSame(text);
      }),
      propertyRuns(300),
    );
    for (const input of HOSTILE.filter((h) => !h.kind))
      for (const text of Object.values(input.files())) expectSame(text);
  });

  it("takes every table of the generated workspace; the example's tables all hold a link", async () => {
    const paths = { none: 0, tables: 0, fallback: 0 };
    for (const text of generateWorkspace({ ...DEFAULT_SHAPE, goals: 60, stories: 12 }).values())
      paths[expectSame(text)]++;
    expect(paths.tables).toBeGreaterThan(100);
    expect(paths.fallback).toBe(0);
    expect(await pathsInFolder(EXAMPLE)).toMatchObject({ tables: 0, fallback: 0 });
  });

  it(
    "gives micromark's trees for the wg-async corpus",
    needsShared("corpus/wg-async"),
    async () => {
      expect((await pathsInFolder(sharedPath("corpus/wg-async"))).tables).toBeGreaterThan(0);
    },
  );

  it(
    "gives micromark's trees for the rust-project-goals corpus",
    needsShared("corpus/rust-project-goals"),
    async () => {
      // 61 of its 118 files with a table have a plain one (measured when this was written).
      expect((await pathsInFolder(sharedPath("corpus/rust-project-goals"))).tables).toBeGreaterThan(
        40,
      );
    },
  );
});
