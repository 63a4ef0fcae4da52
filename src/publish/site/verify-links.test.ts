import { describe, expect, it } from "vitest";
import type { PageLinks } from "../../render/site/links/page-links.js";
import { readPageLinks, TextPool } from "../../render/site/links/page-links.js";
import { verifyLinks } from "./verify-links.js";

const pages = (entries: Record<string, PageLinks>) => new Map(Object.entries(entries));

describe("verifyLinks", () => {
  const paths = new Set(["/", "/goals/a/", "/waymark.json"]);

  it("accepts links to built pages and files, anchors that exist, and external URLs", () => {
    const site = pages({
      "/": {
        links: [
          "/base/goals/a/#impact",
          "goals/a/",
          "/base/waymark.json",
          "#top",
          "https://x.example/",
          "mailto:a@b",
        ],
        ids: ["top"],
      },
      "/goals/a/": { links: ["../../", "#impact"], ids: ["impact"] },
    });
    expect(verifyLinks(site, paths, "/base/")).toEqual([]);
  });

  it("reports missing pages, missing anchors, links out of the base and missing slashes", () => {
    const site = pages({
      "/": {
        links: ["/base/goals/b/", "/base/goals/a/#nope", "/elsewhere/", "/base/goals/a", "#gone"],
        ids: [],
      },
      "/goals/a/": { links: [], ids: [] },
    });
    expect(verifyLinks(site, new Set([...paths]), "/base/").map((b) => b.reason)).toEqual([
      "no page or file /goals/b/ is built",
      "/goals/a/ has no #nope",
      "it leaves the site, whose base path is /base/",
      "no page or file /goals/a is built (did you mean /goals/a/?)",
      "this page has no #gone",
    ]);
  });
});

describe("readPageLinks", () => {
  it("reads links and ids with a real HTML parser", () => {
    const found = readPageLinks(
      '<!doctype html><title>x</title><a href="/a/" id="one">a</a><a name="two"></a><img src="/i.png"><form action="/f/"></form><p id=three>unquoted',
    );
    expect(found.links).toEqual(["/a/", "/i.png", "/f/"]);
    expect(found.ids.sort()).toEqual(["one", "three", "two"]);
  });

  it("reads no markup inside <title>, <script> or <textarea>, as browsers do", () => {
    const found = readPageLinks(
      '<title><a href="/t/" id="t">x</title><script src="/s.js">var a = "<a href=/in-script/>";</script><textarea><a id=ta></textarea><a href="/after/">ok</a>',
    );
    expect(found.links).toEqual(["/s.js", "/after/"]);
    expect(found.ids).toEqual([]);
  });
});

describe("readPageLinks with a TextPool", () => {
  const page = (n: number) =>
    `<!doctype html><nav><a href="/goals/a-goal-with-a-long-name/">a</a></nav><h2 id="section-heading-${n % 2}">s</h2><a href="/goals/page-${n}-of-the-site/">b</a><a name="section-heading-${n % 2}"></a>`;

  it("reads what it reads without one, and gives equal values one shared copy", () => {
    const texts = new TextPool();
    const read = [0, 1, 2].map((n) => readPageLinks(page(n), texts));
    expect(read).toEqual([0, 1, 2].map((n) => readPageLinks(page(n))));
    expect(read[1]?.links[0]).toBe(read[0]?.links[0]);
    expect(read[2]?.ids[0]).toBe(read[0]?.ids[0]);
    expect(texts.own("/goals/page-1-of-the-site/")).toBe(read[1]?.links[1]);
  });

  it("reads the same through parse5, for a page the scanner leaves to it", () => {
    const texts = new TextPool();
    const odd = `<!doctype html><script>var a = "<!--";</script><a href="/goals/a-goal-with-a-long-name/" id="x">a</a>`;
    expect(readPageLinks(odd, texts)).toEqual(readPageLinks(odd));
    expect(readPageLinks(page(0), texts).links[0]).toBe(readPageLinks(odd, texts).links[0]);
  });
});
