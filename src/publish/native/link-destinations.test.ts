import { describe, expect, it } from "vitest";
import { linkDestinations, replaceLinkUrls } from "./link-destinations.js";

/** Each destination as written, by its source range. */
const written = (text: string) =>
  linkDestinations("a.md", text).map((d) => text.slice(d.start, d.end));

describe("linkDestinations", () => {
  it("finds the URL of inline links, images and definitions by source offsets", () => {
    const text = [
      '[a](x.md) [b](<my file.md> "title x.md") ![alt [with] brackets](img/y.png)',
      "[![badge](b.svg)](z.html#top) [c]( spaced.md ) [d](a\\_b.md) [e](a&amp;b.md)",
      "",
      '[def]: ./defined.md "t"',
      "[angle]: <./angle def.md>",
    ].join("\n");
    expect(written(text)).toEqual([
      "x.md",
      "my file.md",
      "img/y.png",
      "b.svg",
      "z.html#top",
      "spaced.md",
      "a\\_b.md",
      "a&amp;b.md",
      "./defined.md",
      "./angle def.md",
    ]);
    expect(linkDestinations("a.md", text)[6]?.url).toBe("a_b.md");
  });

  it("leaves out what has no URL of its own: references, autolinks, code", () => {
    const text = "[r][def] <https://x.org> www.x.org/(a) `[c](code.md)`\n\n[def]: d.md\n";
    expect(written(text)).toEqual(["d.md"]);
  });

  it("reads a parenthesised title and a destination on the next line", () => {
    expect(written("[a](x.md (title)) [b](\ny.md)")).toEqual(["x.md", "y.md"]);
  });
});

describe("replaceLinkUrls", () => {
  it("splices new URLs in and leaves every other byte as written", () => {
    const text = '*Intro*  with  [a](x.md "x.md")\n\n[d]: <x.md>\n';
    const out = replaceLinkUrls("a.md", text, (url) => (url === "x.md" ? "moved/x.md" : undefined));
    expect(out).toBe('*Intro*  with  [a](moved/x.md "x.md")\n\n[d]: <moved/x.md>\n');
  });

  it("returns the text itself when nothing changes", () => {
    const text = "No links, only [brackets] and a [ref][].\n";
    expect(replaceLinkUrls("a.md", text, () => "other.md")).toBe(text);
  });
});
