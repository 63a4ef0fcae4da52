import fc from "fast-check";
import { type ComponentChild, Fragment, h, type VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { propertyRuns } from "../../../../test/helpers/property-runs.js";
import {
  collectLinks,
  innerMarkup,
  joinMarkup,
  markupNode,
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
    const header = markupNode(scannedMarkup('<header><a href="/home/">home</a>'));
    const { links, read } = both(
      h(
        Fragment,
        null,
        header,
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

/** HTML written unread (inner HTML, template strings): plain, odd and broken pieces. */
const rawHtml = fc
  .array(
    fc.constantFrom(
      '<a href="/r/">r</a>',
      '<p id="p">',
      "</p>",
      "<!-- c -->",
      "<!--",
      "<title>",
      "</title>",
      "<script>",
      "</script>",
      "text",
      "<a href=/u>",
      '<img src="/i.png">',
      "&amp;",
      "&x",
      "<",
      ">",
      '<a name="n">',
      '<A HREF="/U/">',
      "<noscript>",
      "\r",
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(""));

const attributeValue = fc.oneof(
  fc.constantFrom("/goals/a/", "#x", "", "a&b", "<b>", '"q"', "a\rb", "x\0", "é", "  "),
  fc.constantFrom(true, false, undefined, null, 7),
);

/** Random trees of elements, text and template nodes, as components could return them. */
const tree = fc.letrec<{ node: ComponentChild; element: VNode; template: VNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("x", "<a href=/t>", "&", ""),
    tie("element"),
    tie("template"),
  ),
  element: fc
    .record({
      tag: fc.constantFrom(
        "a",
        "img",
        "div",
        "p",
        "video",
        "form",
        "button",
        "title",
        "script",
        "noscript",
        "textarea",
        "span",
        "area",
        "iframe",
      ),
      attributes: fc.array(
        fc.tuple(
          fc.constantFrom(
            "href",
            "HREF",
            "src",
            "id",
            "name",
            "action",
            "formAction",
            "formaction",
            "poster",
            "class",
            "data-x",
          ),
          attributeValue,
        ),
        { maxLength: 3 },
      ),
      inner: fc.option(rawHtml),
      children: fc.array(tie("node"), { maxLength: 3 }),
    })
    .map(({ tag, attributes, inner, children }) => {
      const props: Record<string, unknown> = Object.fromEntries(attributes);
      if (inner !== null) props.dangerouslySetInnerHTML = { __html: inner };
      return h(tag, props, ...children) as VNode;
    }),
  template: fc
    .array(fc.tuple(rawHtml, fc.oneof(tie("node"), rawHtml)), { minLength: 1, maxLength: 3 })
    .map((pairs) =>
      jsxTemplate([...pairs.map(([part]) => part), ""], ...pairs.map(([, expr]) => expr)),
    ),
}));

describe("collectLinks on random trees", () => {
  it("collects exactly what parse5 reads in what was written, or vouches for nothing", () => {
    let collected = 0;
    let runs = 0;
    fc.assert(
      fc.property(tree.node, (node) => {
        const { value, links } = collectLinks(() => render(h(Fragment, null, node)));
        runs++;
        if (!links) return;
        collected++;
        expect(links).toEqual(tokenizePageLinks(value));
      }),
      propertyRuns(2000),
    );
    // The property is not vacuous: most trees are vouched for.
    expect(collected / runs).toBeGreaterThan(0.3);
  });
});
