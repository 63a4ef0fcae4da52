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
import { parseWithPlainBlocks } from "./plain-blocks.js";

// micromark as it comes, against the same with plain blocks built beside it.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
const stock = (text: string) => processor.parse(text) as Root;

/**
 * What the fast path did with a text: took no block, took some (`whole`: every line, so nothing
 * was parsed), or took some and then gave up.
 */
type Path = "none" | "taken" | "whole" | "fallback";

// The site's renderer parses bodies with GFM alone: no front matter.
const bare = unified().use(remarkParse).use(remarkGfm);
const stockBare = (text: string) => bare.parse(text) as Root;

/** Both trees equal (within the limits, as parseMarkdown parses); returns the path taken. */
function expectSame(text: string, frontMatter = true): Path {
  const seen: string[] = [];
  const reference = frontMatter ? stock : stockBare;
  const watched = (t: string) => {
    seen.push(t);
    return reference(t);
  };
  const options = { frontMatter };
  const plain = parseWithinLimits(
    "a.md",
    text,
    (t) => parseWithPlainBlocks(t, watched, options),
    options,
  );
  expect(plain).toEqual(parseWithinLimits("a.md", text, reference, options));
  if (seen.length === 0) return "whole";
  if (seen[0] === text) return "none";
  return seen.length > 1 ? "fallback" : "taken";
}

/** Taken, in part or whole. */
const took = (path: Path) => (path === "whole" ? "taken" : path);

async function pathsInFolder(dir: string): Promise<Record<Path, number>> {
  const paths: Record<Path, number> = { none: 0, taken: 0, whole: 0, fallback: 0 };
  for (const file of (await listFiles(dir)).filter((p) => p.endsWith(".md")))
    paths[expectSame(readFileSync(join(dir, file), "utf8"))]++;
  return paths;
}

const expectPaths = (path: Path, texts: string[]) => {
  const seen = (text: string) => (path === "whole" ? expectSame(text) : took(expectSame(text)));
  for (const text of texts) expect([text, seen(text)]).toEqual([text, path]);
};

const TABLE = "| Milestone | State | Who | Notes |\n| --- | :-: | ---: | :-- |\n";
const ROW = "| Milestone 1 | 🦀 | @person-37 | |\n";

describe("plain blocks", () => {
  it("builds plain tables, headings and paragraphs exactly as micromark does", () => {
    expectPaths("taken", [
      `# Title\n\n${TABLE}${ROW}|a|b|c|d|\n\nAfter.\n`,
      `${TABLE}${ROW}`,
      `Intro: see below.\n\n${TABLE}${ROW.trimEnd()}`,
      `---\ntitle: x\n---\n\n${TABLE}\n${TABLE}${ROW}`,
      "| only a header |\n|-|\n",
      "|   |  x  |\n|:-|-:|\n| 1.  | # - + = \" ' ( ) é 中 |\n",
      `${TABLE}${ROW}    \n${TABLE}`,
      "## Impact\nGoal 9 builds on [the next goal](goal-10.md#impact) and `async fn`.\n[Its step](../a/b.md)\n",
      "###### Six `deep` [a](b)\n\nParagraph (with parens), 'quotes' and \"more\".\n2024 was a year.\n",
      "# [Only a link](https://example.org/x?y=1#z)\n",
      "Text [ spaced ](x) and [code](y).\n",
      "A [tracking issue][tracking], [Alan] and [b][].\n\n[tracking]: /t\n[alan]: /a\n[B]: /b\n",
      "## See [x][Two  Words]\n\n[two words]: /u\n",
      "Intro.\n\n- a [l](u)\n- `c` d\n- 2024 (e)\n\nAfter.\n",
      "An ![image](x.png), a ![badge][] and ![b][c], ![Badge].\n\n[badge]: /b.svg\n[c]: /c\n",
      `${"| a | b |\n| --- | --- |\n"}| ![Team][] [lc] | ![Complete][] |\n\n[team]: /t\n[lc]: /l\n[complete]: /c\n`,
      "## Heading\n- a\n- b",
      "* a `b` [c](d)\n* e\n\nAfter.\n",
      "+ a\n+ b\n\n---\n",
    ]);
  });

  it("parses nothing when front matter, plain blocks and definitions make the whole text", () => {
    expectPaths("whole", [
      "---\ntitle: x\n---\n\n## Impact\n\nSee [the issue][tracking].\n\n[tracking]: https://x.org/1\n",
      "---\n---\n",
      "---\n\n---\nText.",
      // Another bullet after the blank line starts another list.
      "- a\n\n* b\n",
      "* a\n\n- b\n\n+ c\n",
      "---\n\ttab: x\n---\n",
      "---\na\n\nb\n---\n# H\nText [a] and [b][].\n\n[a]: /a\n[B]: /b\n[c]: /c",
      `${TABLE}${ROW}`,
      "",
      "\n\n   \n",
    ]);
    expectPaths("taken", ["---\ntitle: x\n---\n\n- a list\n", "Text [a].\n\n[a]: /a\n'a title'\n"]);
    expectPaths("none", [
      "[a]: /a\nText [a].\n",
      "--- \na\n---\n",
      "---\na\n--- \n---\n- x",
      "[^1]: x\n",
    ]);
  });

  it("reads a leading --- as a break, not front matter, for a parser without front matter", () => {
    for (const text of ["---\ntitle: x\n---\n\nText.\n", "---\n---\n"])
      expect(expectSame(text, false)).not.toBe("whole");
    expect(expectSame("Text [a].\n\n[a]: /a\n", false)).toBe("whole");
  });

  it("leaves to micromark a table a character of inline syntax could change", () => {
    const cells = ["[a|b](c)", "`c|d`", "a \\| b", "*a*", "_a_", "~a~", "<b>", "&amp;", "a@b.org"];
    cells.push("www.a.org", "https://a.org", "a\tb", "![i]", "[a] b", "![i](<u>)");
    expectPaths(
      "none",
      cells.map((cell) => `${TABLE}| ${cell} | b | c | d |\n`),
    );
    // Each cell's inlines are read on their own, as GFM reads them once the row is split.
    const phrasing = ["[a](b)", " `c` ", "![i](u.png) [r] ", "[x][r]", "![r][]"];
    expectPaths(
      "taken",
      phrasing.map((cell) => `${TABLE}|${cell}| b | c | d |\n\n[r]: /r\n`),
    );
  });

  it("leaves to micromark a table whose shape is not the plain one", () => {
    expectPaths("none", [
      `- para\n${TABLE}${ROW}`, // no blank line before
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
    ]);
  });

  it("leaves to micromark a heading or paragraph that is not plain", () => {
    expectPaths("none", [
      "- Para *emph*",
      "Trailing spaces  \nbreak",
      "# Closed #",
      "#Hash",
      "#  Two spaces",
      "Para\n1. a list",
      "Para\n- a list",
      "Para\n===",
      "A [ref][x]\n\n- [x]: /u",
      'A [titled](x "t") link',
      "A [link](<x>)",
      "A [^1](x) footnote-like",
      "Code `` a ``",
      "Code ` a `",
      "Code `a",
      "Text www.x.org",
      "Mail a@b.org",
      "See http://x.org",
      "A | pipe",
      "Hi",
      "Indented\n  line",
      "- a\n\n- b\n", // one loose list
      "- a\n  b\n",
      "- a\nlazy\n",
      "- a\n\n  more of a\n",
      "- [ ] task\n",
      "- 1. nested\n",
      "- 2.\n", // an empty ordered list in the item (found by the property)
      "- a\n\n-\n", // an empty item goes on the list
      "* a\n\n* b\n", // one loose list, whatever the bullet
      "* a\n- b\n", // another bullet: two lists with no blank line between
      "* * *\n", // a thematic break
      "+ a\n\n+\n",
      "- # heading\n",
      "- a\n  b\n\n- c\n", // the list before, not taken, is open: the item goes on it
      "-  two spaces\n",
      "An [undefined] label",
      "A [b][] defined in a quote\n\n> [b]: /u", // defined, but not where a line starts
      "An [a][undefined] label",
      "Nested [[a]](b)",
      "A [link](b)(c) [ref](x",
    ]);
  });

  it("keeps apart what a blank line alone would join", () => {
    expectPaths("taken", [
      `- a\n\n${TABLE}\n- b\n`, // two lists, not one across the table
      "- a\n\nText between.\n\n- b\n",
      "- a\n\n## Heading\n- b\n",
      `- a\n\n${TABLE}\n  not the item's\n`,
      `    code\n\n${TABLE}\n    more code\n`,
      `    code\n\n${TABLE}\nAfter.\n`,
      "> quote\n\nText.\n\n> quote\n",
      `[^1]: note\n\n${TABLE}\n    not the note's\n`,
      "```\nfence\n```\n\nText.\n\n    code after\n",
      "## Heading\n---\n",
    ]);
  });

  it("parses as it is when something before takes the mask", () => {
    expectPaths("fallback", [
      `<!--\n\n${TABLE}\n-->\n`,
      "<pre>\n\nSome text.\n\n</pre>\n",
      // Looks like a definition, but its destination's `(` is never closed: a paragraph.
      "[mt]: https://x%5C(&y\n\nUses [mt] here.\n",
    ]);
    // A fence is skipped before the check: nothing in it is taken.
    expectPaths("none", ["```\nfence\n\nText inside.\n```\n", "~~~~\n## Not a heading\n~~~\n"]);
  });

  it("gives micromark's trees for documents made of plain blocks and the blocks around them", () => {
    const cell = fc.constantFrom(
      ..."| |a|Milestone 1|🦀|@person-1|a@b.c|[l](u)|![i](u.png)|[ref]|![ref][]|`c`|[nope]|a [x][ref]".split(
        "|",
      ),
    );
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
    const phrase = fc.constantFrom(
      ..."Text|a b|[l](u.md#x)|`c`|(p)| |*e*|www.x.y|`|[|]|2.|[ref]|[x][ref]|[ref][]|[nope]|[^1]|![i](u.png)|![ref]|![x][ref]|![ref][]|![nope]|!|![^1]".split(
        "|",
      ),
    );
    const line = fc.array(phrase, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
    const block = fc.oneof(
      table,
      line,
      line.map((l) => `## ${l}`),
      fc
        .tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom("-", "*", "+"))
        .map(([ls, bullet]) => ls.map((l) => `${bullet} ${l}`).join("\n")),
      fc.constantFrom(
        "",
        "   ",
        "Para",
        "# Head",
        "- item",
        "* item",
        "+ item",
        "* * *",
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
        "[Ref]: https://x.org/a?b#c",
        "[x]: /u",
        "'title'",
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
      fc.property(
        fc.constantFrom(
          "",
          "---\na: 1\n---\n",
          "---\n---\n",
          "---\n\n\nb\n---\n",
          "---\na\n--- \n",
        ),
        fc.array(block, { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (frontMatter, blocks, end, withFrontMatter) => {
          expectSame(frontMatter + blocks.join("\n") + (end ? "\n" : ""), withFrontMatter);
        },
      ),
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

  it("takes blocks of every file of a generated workspace, and of the example's", async () => {
    const paths = { none: 0, taken: 0, whole: 0, fallback: 0 };
    const files = generateWorkspace({ ...DEFAULT_SHAPE, goals: 60, stories: 12 });
    for (const text of files.values()) paths[expectSame(text)]++;
    expect(paths.whole).toBeGreaterThan(files.size * 0.9);
    expect(paths.fallback).toBe(0);
    const example = await pathsInFolder(EXAMPLE);
    expect(example.taken + example.whole).toBeGreaterThan(50);
    expect(example.fallback).toBe(0);
  });

  // wg-async: one story has a line that looks like a definition but is not (its destination's `(`).
  for (const [corpus, fallbacks] of [
    ["wg-async", 1],
    ["rust-project-goals", 0],
  ] as const)
    it(
      `gives micromark's trees for the ${corpus} corpus`,
      needsShared(`corpus/${corpus}`),
      async () => {
        const paths = await pathsInFolder(sharedPath(`corpus/${corpus}`));
        expect(paths.taken).toBeGreaterThan(100);
        expect(paths.fallback).toBeLessThanOrEqual(fallbacks);
      },
    );
});
