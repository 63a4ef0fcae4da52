import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyRuns } from "../../../../test/helpers/property-runs.js";
import { readPageLinks, scanPageLinks, tokenizePageLinks } from "./page-links.js";

/** Pieces of HTML, plain and odd, that the property strings together. */
const PIECES = [
  "<a",
  "<A",
  "<area",
  "<img",
  "<div",
  "<script",
  "</script",
  "</SCRIPT",
  "<title",
  "</title",
  "<textarea",
  "<style",
  "</style",
  "<plaintext",
  "</plaintext",
  "<noscript",
  "<iframe",
  "</",
  "</a",
  "<",
  ">",
  "/",
  "/>",
  " ",
  "\n",
  "\t",
  "\f",
  "\r",
  "\r\n",
  "=",
  '"',
  "'",
  "`",
  " href",
  " HREF",
  " id",
  " name",
  " src",
  " data-x",
  '="/goals/a/#impact"',
  "='#top'",
  "=/plain",
  "x",
  "é",
  "#y",
  "&",
  "&amp;",
  "&quot;",
  "&#39;",
  "&#x26;",
  "&#0;",
  "&#x80;",
  "&lt",
  "&ampx",
  "&copy;",
  "<!--",
  "-->",
  "--!>",
  "-",
  "!",
  "<!DOCTYPE html>",
  "<!doctype",
  "<!",
  "<?",
  "<![CDATA[",
  "\0",
];

const piece = fc.constantFrom(...PIECES);
const text = (...more: string[]) =>
  fc.array(fc.constantFrom("/goals/", "#x", "a", "A", " ", "&", ...more), { maxLength: 6 });
/** A start tag in any of the forms the tokenizer accepts, odd ones included. */
const tag = fc
  .record({
    name: fc.constantFrom(
      "a",
      "A",
      "img",
      "area",
      "div",
      "title",
      "script",
      "textarea",
      "h2",
      "plaintext",
    ),
    attrs: fc.array(
      fc.record({
        name: fc.constantFrom("href", "HREF", "id", "Id", "name", "src", "x", "data-y"),
        gap: fc.constantFrom(" ", "\n", "  ", "/", " / ", "\r\n"),
        value: fc.option(
          fc.record({
            quote: fc.constantFrom('"', "'", ""),
            around: fc.constantFrom("=", " = ", "=\n"),
            text: text("&amp;", "&#39;", "&#x26;", "&quot;", "&lt;", "é", "\r", ">", '"', "'"),
          }),
        ),
      }),
      { maxLength: 4 },
    ),
    close: fc.constantFrom(">", "/>", " >", " / >", ""),
  })
  .map(
    ({ name, attrs, close }) =>
      `<${name}${attrs
        .map(({ name, gap, value }) =>
          value
            ? `${gap}${name}${value.around}${value.quote}${value.text.join("")}${value.quote}`
            : `${gap}${name}`,
        )
        .join("")}${close}`,
  );
const html = fc.array(fc.oneof(piece, tag, tag), { maxLength: 30 }).map((p) => p.join(""));

describe("scanPageLinks", () => {
  it("reads what parse5's tokenizer reads, or leaves the page to it", () => {
    fc.assert(
      fc.property(html, (page) => {
        const scanned = scanPageLinks(page);
        if (scanned) expect(scanned).toEqual(tokenizePageLinks(page));
      }),
      propertyRuns(20_000),
    );
  });

  it("reads the plain form our renderers write, text elements and comments included", () => {
    const page = [
      "<!DOCTYPE html><html lang=en><head><title>a <a href='/no/'></title >",
      '<script type="module">const s = "<a href=/no/>" ;</script>',
      "<style>a[href='</styles'] {}</style><!-- <a href=/no/> -->",
      '</head><body><a HREF="/goals/a/?x=1&amp;y=&#x27;2&#39;" href="/dup/" id=top>x</a>',
      "<h2 id=\"impact\" >I</h2><a name='legacy'></a><img src=/i.png alt='a > b'/>",
      "<p>a < b</p><textarea><img src=/no.png></textarea></body></html>\r\n",
    ].join("\r\n");
    const scanned = scanPageLinks(page);
    expect(scanned).toEqual({
      links: ["/goals/a/?x=1&y='2'", "/i.png"],
      ids: ["top", "impact", "legacy"],
    });
    expect(scanned).toEqual(tokenizePageLinks(page));
  });

  it("reads only the values of links and ids, so an odd reference elsewhere is no matter", () => {
    const page =
      '<p class="a&copy=1" title=\'&bogus;\'><a data-x="&zz" href="/a/?b&amp;c">x</a></p><constructor href=/c/ id=c><a href=/d/>';
    expect(scanPageLinks(page)).toEqual({ links: ["/a/?b&c", "/d/"], ids: ["c"] });
    expect(scanPageLinks(page)).toEqual(tokenizePageLinks(page));
  });

  it("reads nothing after <plaintext>, whose text never ends", () => {
    const page = "<a href=/a/><plaintext></plaintext><a href=/b/>";
    expect(scanPageLinks(page)).toEqual({ links: ["/a/"], ids: [] });
    expect(tokenizePageLinks(page)).toEqual({ links: ["/a/"], ids: [] });
  });

  it.each([
    ["a comment closed abruptly", "<!--><a href=/a/>-->"],
    ["a comment closed by --!>", "<!-- x --!><a href=/a/> -->"],
    ["a script in escaped text", "<script><!--<script></script><a href=/a/>--></script>"],
    ["a reference it does not know", '<a href="/a/?x&copy=1">'],
    ["a bogus comment", "<?php ?><a href=/a/>"],
    ["an attribute name with a quote", '<a x"=1 href=/a/>'],
    ["a NUL", "<a href=/a/\0>"],
  ])("leaves %s to parse5, which readPageLinks then uses", (_, page) => {
    expect(scanPageLinks(page)).toBeUndefined();
    expect(readPageLinks(page)).toEqual(tokenizePageLinks(page));
  });
});
