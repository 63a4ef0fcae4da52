import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../load/parse-markdown.js";
import { bookLinks, readBook } from "./book.js";
import { readSummary } from "./summary.js";

const paths = new Set(["src/SUMMARY.md", "src/intro.md", "src/a.md", "src/a/b.md", "src/end.md"]);

function read(text: string) {
  const doc = parseMarkdown("src/SUMMARY.md", text).document;
  return readSummary(doc, bookLinks(readBook(""), paths)).entries;
}

describe("readSummary (mdBook's SUMMARY.md as navigation)", () => {
  it("keeps prefix chapters, part titles, nesting, drafts and outside links", () => {
    const entries = read(
      [
        "# Summary",
        "",
        "[Intro](./intro.md)",
        "",
        "# Part one",
        "",
        "- [A](./a.md)",
        "  - [B](a/b.md)",
        "  - [Draft]()",
        "- [Board](https://example.com/board)",
        "- [Gone](./missing.md)",
        "",
        "---",
        "",
        "[End](end.md)",
      ].join("\n"),
    );
    expect(entries).toEqual([
      { title: "Intro", file: "src/intro.md", children: [] },
      {
        title: "Part one",
        children: [
          {
            title: "A",
            file: "src/a.md",
            children: [
              { title: "B", file: "src/a/b.md", children: [] },
              { title: "Draft", children: [] },
            ],
          },
          { title: "Board", url: "https://example.com/board", children: [] },
          { title: "Gone", children: [] },
        ],
      },
      { title: "End", file: "src/end.md", children: [] },
    ]);
  });
});
