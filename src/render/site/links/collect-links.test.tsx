import { Fragment, h } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import {
  collectLinks,
  innerMarkup,
  joinMarkup,
  knownTemplate,
  scannedMarkup,
} from "./collect-links.js";
import { tokenizePageLinks } from "./page-links.js";

/** The links collected while `node` renders, and parse5's reading of what it wrote. */
function both(node: preact.VNode) {
  const { value, links } = collectLinks(() => render(node));
  return { links, read: tokenizePageLinks(value) };
}

describe("collectLinks", () => {
  it("takes each element's links and ids as preact writes them, in the page's order", () => {
    const { links, read } = both(
      <div id="top">
        <a href="/a/?x=1&y=<2>" {...{ name: "anchor" }}>
          a
        </a>
        <img src="/i.png" alt="" />
        <video src="/v.mp4" poster="/p.png">
          <track kind="captions" />
        </video>
        <form action="/f/">
          <button formaction="/b/" type="submit" />
        </form>
        <a {...{ href: "" }}>empty</a>
        <a {...{ href: undefined }}>none</a>
        <meta name="not-an-id" />
        <div dangerouslySetInnerHTML={{ __html: '<p id="inner"><a href="/in/">in</a></p>' }} />
        <a href="/after/">after</a>
      </div>,
    );
    expect(links).toEqual(read);
    expect(links).toEqual({
      links: ["/a/?x=1&y=<2>", "/i.png", "/v.mp4", "/p.png", "/f/", "/b/", "", "/in/", "/after/"],
      ids: ["top", "anchor", "inner"],
    });
  });

  it("adds markup rendered before with its links, and reads template strings", () => {
    const row = scannedMarkup('<tr id="r1"><td><a href="/r1/">r1</a></td></tr>');
    const body = joinMarkup([row, scannedMarkup('<tr><td><a href="/r2/">r2</a></td></tr>')]);
    const strings = ['<header><a href="/home/">home</a>'];
    knownTemplate(strings, scannedMarkup(strings[0]!).links);
    const { links, read } = both(
      h(
        Fragment,
        null,
        jsxTemplate(strings),
        <table>
          <tbody dangerouslySetInnerHTML={innerMarkup(body)} />
        </table>,
        jsxTemplate(['<footer><a href="/foot/">foot</a></footer>']),
      ),
    );
    expect(links).toEqual(read);
    expect(links?.links).toEqual(["/home/", "/r1/", "/r2/", "/foot/"]);
  });

  it("keeps a render's links apart from those of the render it happens in", () => {
    const inner: { links?: unknown } = {};
    function Nested() {
      inner.links = collectLinks(() => render(<a href="/nested/">n</a>)).links;
      return <a href="/outer/">o</a>;
    }
    const { links } = collectLinks(() => render(<Nested />));
    expect(links?.links).toEqual(["/outer/"]);
    expect(inner.links).toEqual({ links: ["/nested/"], ids: [] });
  });

  it.each([
    ["an attribute name in another case", <a {...{ HREF: "/x/" }}>x</a>],
    ["a CR in a value", <a href={"/a\r/"}>x</a>],
    ["a NUL in a value", <a href={"/a\0/"}>x</a>],
    [
      "an element inside a text element",
      <noscript>
        <a href="/x/">x</a>
      </noscript>,
    ],
    [
      "inner HTML of a text element",
      <script dangerouslySetInnerHTML={{ __html: "</script><a href=/x/>" }} />,
    ],
    ["inner HTML left open", <div dangerouslySetInnerHTML={{ __html: "<title>open" }} />],
    ["inner HTML ending in a tag", <div dangerouslySetInnerHTML={{ __html: "<a href=/x/" }} />],
    ["an unread comment", <div dangerouslySetInnerHTML={{ __html: "<!-->" }} />],
    ["a template ending inside a tag", jsxTemplate(['<a href="', '">x</a>'], "/x/")],
  ])("vouches for nothing after %s: the page is read instead", (_, node) => {
    expect(collectLinks(() => render(node)).links).toBeUndefined();
  });

  it("writes nothing it did not see: a text element's string content is text", () => {
    const { links, read } = both(
      <>
        <title>{"<a href=/no/>"}</title>
        <script src="/s.js" />
      </>,
    );
    expect(links).toEqual(read);
    expect(links?.links).toEqual(["/s.js"]);
  });
});
