import { describe, expect, it } from "vitest";
import type { MarkdownDocument } from "../../../model/types.js";
import { parseMarkdownText } from "../markdown/render-markdown.js";
import { clip, leadParagraphs, SUMMARY_LENGTH } from "./summary-text.js";

/** The first lead paragraph, cut: what a result shows when nothing repeats it. */
const summaryText = (doc: MarkdownDocument | undefined, markdown: string, max?: number) =>
  clip(leadParagraphs(doc, markdown, 1)[0] ?? "", max);

/** A loaded file as the loader gives it: its text and its tree, positions into that text. */
function documentOf(text: string): MarkdownDocument {
  return { file: "goals/a.md", text, tree: parseMarkdownText(text) } as MarkdownDocument;
}

const FILE = `---
title: A
---

Before the section.

## Impact

The **first** words, with [a link](b.md), \`code\`
and a second line.

Second paragraph.
`;
const IMPACT = FILE.slice(FILE.indexOf("The **first**"));

describe("leadParagraphs and clip", () => {
  it("gives the first paragraph of a slice of the file as plain text, on one line", () => {
    expect(summaryText(documentOf(FILE), IMPACT)).toBe(
      "The first words, with a link, code and a second line.",
    );
  });

  it("reads the loader's tree where the slice lies, never text before it", () => {
    const doc = documentOf(FILE);
    const body = FILE.slice(FILE.indexOf("## Impact"));
    expect(summaryText(doc, body)).toMatch(/^The first words/);
    // The tree is the loader's: a slice is not parsed again (here, a tree that says otherwise).
    const stale = { ...doc, tree: parseMarkdownText(FILE.replace("first", "FIRST")) };
    expect(summaryText(stale, IMPACT)).toMatch(/^The FIRST words/);
  });

  it("parses a text the file does not hold on its own", () => {
    expect(summaryText(documentOf(FILE), "Made by *a layout*.")).toBe("Made by a layout.");
    expect(summaryText(undefined, "# Title\n\nOwn text.")).toBe("Own text.");
  });

  it("gives the first paragraphs, as many as asked", () => {
    expect(leadParagraphs(undefined, "One.\n\n## Two\n\nTwo.\n\n> Three.\n\nFour.\n", 3)).toEqual([
      "One.",
      "Two.",
      "Three.",
    ]);
    expect(leadParagraphs(documentOf(FILE), IMPACT)).toHaveLength(2);
  });

  it("skips headings, tables, code and paragraphs without words; takes one in a list", () => {
    const text =
      "## Head\n\n| a | b |\n| - | - |\n| c | d |\n\n```\ncode\n```\n\n---\n\n![pic](x.png)\n\n- In a list.\n";
    expect(summaryText(undefined, text)).toBe("In a list.");
    expect(summaryText(undefined, "| a |\n| - |\n")).toBe("");
    expect(summaryText(undefined, "  \n")).toBe("");
  });

  it("drops raw HTML and (((placeholders))), as the page does; entities stay text", () => {
    expect(
      summaryText(undefined, 'A <b onclick="x()">bold</b> (((GOALS))) claim &lt;script&gt;.'),
    ).toBe("A bold claim <script>.");
  });

  it("cuts a long paragraph at a word, with an ellipsis", () => {
    const long = "word ".repeat(60);
    const cut = summaryText(undefined, long);
    expect(cut.length).toBeLessThanOrEqual(SUMMARY_LENGTH);
    expect(cut).toMatch(/^(word )+word…$/);
    expect(summaryText(undefined, "One two three four five.", 12)).toBe("One two…");
    expect(summaryText(undefined, "Incomprehensibilities", 10)).toBe("Incompreh…");
  });
});
