import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../load/parse-markdown.js";
import { labelsOf, normalizeLabel } from "./reference-labels.js";

/** The undefined labels found in a text, as `line:col label`. */
function undefinedIn(text: string): string[] {
  const { uses } = labelsOf(parseMarkdown("a.md", text).document);
  return uses
    .filter((u) => !u.defined)
    .map((u) => `${u.span.start.line}:${u.span.start.column} ${u.label}`);
}

describe("labelsOf", () => {
  it("finds full, collapsed and shortcut references with no definition", () => {
    expect(undefinedIn("See [text][a], [b][] and [c].\n")).toEqual(["1:5 a", "1:16 b", "1:26 c"]);
  });

  it("finds them in headings, table cells, lists and quotes", () => {
    const text = "# About [h]\n\n| x |\n| - |\n| [cell] |\n\n- [item]\n\n> [quoted]\n";
    expect(undefinedIn(text)).toEqual(["1:9 h", "5:3 cell", "7:3 item", "9:3 quoted"]);
  });

  it("reads labels that contain emphasis or span lines", () => {
    expect(undefinedIn("A [*bold* label] and [two\nlines].\n")).toEqual([
      "1:3 *bold* label",
      "1:22 two\nlines",
    ]);
  });

  it("skips code, escapes, footnotes, inline links, task boxes, elisions and empty brackets", () => {
    const text =
      "- [ ] task\n- [x] done `a[i]` \\[esc] [^1] [x](y z) [...] [] [ ]\n\n```\n[fenced]\n```\n";
    expect(undefinedIn(text)).toEqual([]);
  });

  it("ignores brackets around a link, and takes the inner label of nested brackets", () => {
    expect(undefinedIn("[see [this](https://example.org)] and [a [b] c]\n")).toEqual(["1:42 b"]);
  });

  it("does not report labels that are defined, in any case", () => {
    expect(undefinedIn("[Foo] and [x][FOO] and ![i][foo]\n\n[foo]: ./a.md\n")).toEqual([]);
  });

  it("reports the label of a full reference whose text is defined", () => {
    expect(undefinedIn("[a][b]\n\n[a]: ./a.md\n")).toEqual(["1:1 b"]);
  });

  it("keeps definitions with their label as written", () => {
    const { definitions, uses } = labelsOf(
      parseMarkdown("a.md", "[Owner]\n\n[owner]: ./a.md\n").document,
    );
    expect(definitions.map((d) => [d.label, d.identifier, d.span.start.line])).toEqual([
      ["owner", "owner", 3],
    ]);
    expect(uses.map((u) => [u.label, u.identifier, u.defined])).toEqual([["Owner", "owner", true]]);
  });
});

describe("normalizeLabel", () => {
  it("collapses whitespace and folds case as CommonMark does", () => {
    expect(normalizeLabel("  Foo \n\t Bar ")).toBe("foo bar");
    expect(normalizeLabel("ẞ")).toBe(normalizeLabel("ss"));
  });
});
