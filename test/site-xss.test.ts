import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { SITE_CSP } from "../src/render/site/content-security-policy.js";
import { testdir } from "./helpers/testdir.js";
import { TEXT, XSS_FILES } from "./helpers/xss-workspace.js";

const parser = unified().use(rehypeParse);
/** What a browser would make of a URL's scheme: control characters and whitespace dropped. */
const DANGEROUS_URL = /^(javascript|data|vbscript):/i;
const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "formAction",
  "poster",
  "xLinkHref",
  "data",
  "srcSet",
];
/** Elements no page of ours contains; from content they could run code or restyle the page. */
const FORBIDDEN = [
  "iframe",
  "object",
  "embed",
  "base",
  "svg",
  "math",
  "style",
  "frame",
  "frameset",
  "applet",
];

let out: string;
let html: Map<string, string>;

beforeAll(async () => {
  const dir = await testdir(XSS_FILES);
  out = await testdir({});
  const result = await buildSite({ dir, out, date: "2024-06-01", baseUrl: "/site/" });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.broken).toEqual([]);
  expect(result.ok).toBe(true);
  html = new Map();
  const files = await readdir(out, { recursive: true });
  for (const f of files.filter((f) => String(f).endsWith(".html")))
    html.set(String(f), await readFile(join(out, String(f)), "utf8"));
});

function elements(source: string): Element[] {
  const tree = parser.parse(source) as Root;
  const out: Element[] = [];
  visit(tree, "element", (el: Element) => {
    out.push(el);
  });
  return out;
}

describe("a workspace full of XSS payloads", () => {
  it("publishes every kind of page", () => {
    const pages = [...html.keys()].sort();
    for (const page of [
      "index.html",
      "roadmap/index.html",
      "goals/evil/index.html",
      "goals/child/index.html",
      "periods/p1/index.html",
      "vision/index.html",
      "vision/stories/sq/index.html",
      "vision/stories/sf/index.html",
      "vision/characters/eve/index.html",
      "vision/coverage/index.html",
      "people/evil/index.html",
      "teams/lang/index.html",
      "pages/notes/index.html",
    ])
      expect(pages).toContain(page);
  });

  it("has no script but our own file, with nothing inline", () => {
    for (const [page, source] of html) {
      const scripts = elements(source).filter((el) => el.tagName === "script");
      expect(scripts, page).toHaveLength(1);
      expect(scripts[0]!.properties.src, page).toBe("/site/assets/site.js");
      expect(scripts[0]!.children, page).toEqual([]);
    }
  });

  it("has no event-handler attribute anywhere", () => {
    for (const [page, source] of html) {
      for (const el of elements(source)) {
        const handlers = Object.keys(el.properties).filter((k) => /^on/i.test(k));
        expect(handlers, `${page} <${el.tagName}>`).toEqual([]);
      }
    }
  });

  it("has no javascript:, data: or vbscript: URL in any URL attribute", () => {
    for (const [page, source] of html) {
      for (const el of elements(source)) {
        for (const attr of URL_ATTRIBUTES) {
          const value = el.properties[attr];
          if (typeof value !== "string") continue;
          // Browsers strip control characters and spaces before reading the scheme.
          const probe = value.replace(/[\s\p{Cc}]+/gu, "");
          expect(DANGEROUS_URL.test(probe), `${page} <${el.tagName} ${attr}="${value}">`).toBe(
            false,
          );
        }
      }
    }
  });

  it("has no frames, objects, SVG, MathML, style elements or style attributes", () => {
    for (const [page, source] of html) {
      for (const el of elements(source)) {
        expect(FORBIDDEN, `${page}`).not.toContain(el.tagName);
        expect(el.properties.style, `${page} <${el.tagName}>`).toBeUndefined();
        // Our own policy is the one http-equiv a page may hold; content never adds one.
        if (el.tagName === "meta" && el.properties.httpEquiv !== undefined)
          expect([el.properties.httpEquiv, el.properties.content], page).toEqual([
            ["Content-Security-Policy"],
            SITE_CSP,
          ]);
      }
      expect(source.match(/http-equiv/gi), page).toHaveLength(1);
    }
  });

  it("shows the payloads as text, escaped", () => {
    const goal = html.get("goals/evil/index.html")!;
    const title = elements(goal).find((el) => el.tagName === "title")!;
    const text = title.children.map((c) => ("value" in c ? c.value : "")).join("");
    expect(text).toContain(TEXT.breakout);
    const h1 = elements(goal).find((el) => el.tagName === "h1")!;
    expect(h1.children.map((c) => ("value" in c ? c.value : "")).join("")).toContain("</title>");
  });

  it("keeps the feed's HTML-typed titles free of markup", async () => {
    const feed = await readFile(join(out, "feed.xml"), "utf8");
    const titles = [...feed.matchAll(/<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/g)];
    expect(titles.length).toBeGreaterThan(0);
    for (const [, title] of titles) expect(title).not.toMatch(/<[a-z/!]/i);
    expect(feed).not.toMatch(/<script/i);
  });
});
