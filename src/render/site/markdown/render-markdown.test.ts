import { describe, expect, it } from "vitest";
import { linkFiles } from "../../../model/links/link-files.js";
import { markdownHtml, parseMarkdownText, renderMarkdown } from "./render-markdown.js";
import { type LinkTargets, linkResolver } from "./resolve-link.js";

const render = (text: string, options = {}) => renderMarkdown(parseMarkdownText(text), options);

describe("renderMarkdown", () => {
  it("splits at headings of depth 1 and 2, keeping deeper ones inside", () => {
    const { parts } = render(
      "Intro.\n\n## Impact\n\nBig.\n\n### Detail\n\nSmall.\n\n## Notes\n\nMore.\n",
    );
    expect(parts.map((p) => p.heading?.text)).toEqual([undefined, "Impact", "Notes"]);
    expect(parts[1]!.html).toContain('<h3 id="detail">Detail</h3>');
  });

  it("gives headings github-slugger ids, numbering duplicates and avoiding reserved ids", () => {
    const { parts } = render("## Links\n\n## Impact\n\n## Impact\n", { reserved: ["links"] });
    expect(parts.map((p) => p.heading?.id)).toEqual(["links-1", "impact", "impact-1"]);
  });

  it("drops a leading title but still counts its slug", () => {
    const { parts } = render("# Title\n\n## Title\n", { dropTitle: true });
    expect(parts.map((p) => p.heading?.id)).toEqual(["title-1"]);
  });

  it("resolves shared references as the page's own definitions, which win", () => {
    const references = {
      "Help wanted": "https://img.shields.io/badge/Help%20wanted-yellow",
      "RFC #1": "https://github.com/rust-lang/rfcs/pull/1",
    };
    const html = markdownHtml(
      "![Help wanted][] see [rfc  #1], [here][Help Wanted]\n\n[help wanted]: https://own.example\n",
      { references },
    );
    expect(html).toContain('<img src="https://own.example" alt="Help wanted">');
    expect(html).toContain('<a href="https://github.com/rust-lang/rfcs/pull/1">rfc  #1</a>');
    expect(markdownHtml("No [labels] here.", { references })).toBe("<p>No [labels] here.</p>");
  });

  it("shows a reference label nothing defines as its text, without brackets, outside code", () => {
    const html = markdownHtml(
      "Ask on [#wg-async][channel] or [#t-rustup]; see [the doc][avd] and [RFC][]. Keep `[x][y]`, [sic] and a[i].\n\n[RFC]: https://example.com/rfc\n",
    );
    expect(html).toContain("Ask on #wg-async or #t-rustup; see the doc and ");
    expect(html).toContain('<a href="https://example.com/rfc">RFC</a>');
    expect(html).toContain("<code>[x][y]</code>, [sic] and a[i].");
  });

  it("drops raw HTML and dangerous URLs, and keeps footnotes linked", () => {
    const html = markdownHtml(
      "Text <script>x</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) ![b](data:x) [c](https://ok.example)[^1]\n\n[^1]: Note.\n",
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|data:/);
    expect(html).toContain('<a href="https://ok.example">c</a>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it("names task-list checkboxes for screen readers", () => {
    expect(markdownHtml("- [x] done\n- [ ] todo\n")).toMatch(
      /aria-label="Done"[\s\S]*aria-label="Not done"/,
    );
  });

  it("rewrites relative links through the resolver before sanitising", () => {
    const html = markdownHtml("[g](../goals/a.md#impact) [x](https://x.example/a.md)", {
      resolveLink: (url: string) => (url.startsWith("../") ? "/site/goals/a/#impact" : undefined),
    });
    expect(html).toContain('href="/site/goals/a/#impact"');
    expect(html).toContain('href="https://x.example/a.md"');
  });
});

describe("linkResolver", () => {
  const targets: LinkTargets = {
    files: linkFiles(
      new Set(["goals/a.md", "vision/README.md", "notes.md", "img/x.png", "vision/stories/s.md"]),
    ),
    pageOfFile: new Map([
      ["goals/a.md", "/goals/a/"],
      ["vision/README.md", "/vision/"],
      ["notes.md", "/pages/notes/"],
    ]),
    copied: new Map([["img/x.png", "/files/img/x.png"]]),
    anchors: new Map([
      ["goals/a.md#Impact", "impact"],
      ["goals/a.md#gone", ""],
      ["vision/stories/s.md#Top", "top"],
      ["vision/stories/s.md#nowhere", ""],
    ]),
    href: (path) => `/base${path}`,
  };
  const resolve = linkResolver("vision/stories/s.md", targets);

  it.each([
    ["../../goals/a.md#impact", "/base/goals/a/#impact"],
    ["../../goals/a.md#Impact", "/base/goals/a/#impact"],
    ["../../goals/a.md#gone", "/base/goals/a/"],
    ["../../goals/a.html", "/base/goals/a/"],
    ["../../goals/a", "/base/goals/a/"],
    ["../", "/base/vision/"],
    ["/notes.md?plain=1#top", "/base/pages/notes/#top"],
    ["../../img/x.png", "/base/files/img/x.png"],
    ["#Top", "#top"],
  ])("maps %s to %s", (url, expected) => {
    expect(resolve(url)).toBe(expected);
  });

  it.each(["https://x.example/", "#local", "mailto:a@b.c"])("leaves %s alone", (url) => {
    expect(resolve(url)).toBeUndefined();
  });

  it.each(["../../../outside.md", "missing.md", "%zz", "#nowhere", ""])(
    "unlinks %s, whose target is not built",
    (url) => {
      expect(resolve(url)).toBeNull();
    },
  );
});

describe("unresolved links", () => {
  it("become plain text, and images their alt text", () => {
    const html = markdownHtml("[gone](missing.md) and ![a chart](missing.png)", {
      resolveLink: () => null,
    });
    expect(html).toBe("<p><span>gone</span> and <span>a chart</span></p>");
  });
});
