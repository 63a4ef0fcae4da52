import { describe, expect, it } from "vitest";
import { testdir } from "../../../../test/helpers/testdir.js";
import { runPipeline } from "../../../pipeline/run-pipeline.js";
import { bookLinks, readBook, rebaseLink } from "./book.js";
import { wgAsyncExtra } from "./claims.js";

const BOOK = '[book]\ntitle = "wg-demo"\nsrc = "src"\n';
const HEADER = "| Deliverable | State | Progress | [Owner] |\n| --- | --- | --- | --- |\n";

async function open(files: Record<string, string>) {
  return runPipeline(await testdir(files), { check: false });
}

describe("book.toml and links", () => {
  const book = readBook(
    '[book]\ntitle = "wg"\nsrc = "book"\n[output.html]\nsite-url = "/wg/"\n[output.html.redirect]\n"/old/a.html" = "/new/a.html"\n',
  );

  it("reads the title, the content folder, the site url and the redirects", () => {
    expect(book).toMatchObject({ title: "wg", src: "book", siteUrl: "/wg/" });
    expect(book.redirects.get("/old/a.html")).toBe("/new/a.html");
  });

  it("reads book.toml as TOML: single-quoted values, comments and other value types", () => {
    const real = readBook(
      "[book]\nauthors = ['Niko']\nmultilingual = false\nsrc = 'book' # content\ntitle = 'wg'\n\n[output.html]\nsite-url = '/wg-async/'\ngit-repository-url = 'https://github.com/rust-lang/wg-async'\nadditional-js =[\"a.js\"]\n[output.html.fold]\nenable = true\n[output.html.redirect]\n'/a.html' = '/b.html'\n",
    );
    expect(real).toMatchObject({
      title: "wg",
      src: "book",
      siteUrl: "/wg-async/",
      repository: "https://github.com/rust-lang/wg-async",
    });
    expect([...real.redirects]).toEqual([["/a.html", "/b.html"]]);
  });

  it("reports a book.toml that is not TOML, and keeps the defaults", () => {
    const reported: unknown[] = [];
    const broken = readBook("[book\nsrc = 'x'\n", (d) => reported.push(d));
    expect(broken).toMatchObject({ src: "src", title: undefined });
    expect(reported).toEqual([
      expect.objectContaining({
        ruleId: "toml-syntax",
        span: expect.objectContaining({ file: "book.toml" }),
      }),
    ]);
  });

  it("resolves relative, .html and published links to workspace files", () => {
    const resolveLink = bookLinks(book, new Set(["book/z.md", "book/new/a.md", "book/a.md"]));
    expect(resolveLink("book/x/y.md", "../z.html#top")).toEqual({
      path: "book/z.md",
      anchor: "top",
    });
    expect(resolveLink("book/x/y.md", "https://me.github.io/wg/old/a.html")).toEqual({
      path: "book/new/a.md",
      anchor: undefined,
    });
    expect(resolveLink("book/y.md", "https://example.org/wg/a.html#b")).toEqual({
      path: "book/a.md",
      anchor: "b",
    });
    expect(resolveLink("book/y.md", "missing.html")).toBeUndefined();
    expect(resolveLink("y.md", "../../outside.md")).toBeUndefined();
    expect(resolveLink("y.md", "mailto:someone@example.org")).toBeUndefined();
  });

  it("rebases relative links onto the file that will hold them", () => {
    expect(
      rebaseLink("src/vision/roadmap.md", "./roadmap/p.md#help", "src/vision/roadmap/p.md"),
    ).toBe("#help");
    expect(rebaseLink("src/vision/roadmap.md", "../welcome.md", "src/vision/roadmap/p.md")).toBe(
      "../../welcome.md",
    );
    expect(rebaseLink("a.md", "https://x.org/", "b/c.md")).toBe("https://x.org/");
  });
});

describe("the wg-async layout", () => {
  it("is detected from book.toml and vision/roadmap.md, in book.toml's content folder", async () => {
    const { workspace, diagnostics } = await open({
      "book.toml": BOOK.replace('src = "src"', 'src = "content"'),
      "content/vision/roadmap.md": `${HEADER}| 🔻 [A](./roadmap/a.md) | ✅ | ▰▰▰▰▰▰ | |\n`,
      "content/vision/roadmap/a.md": "# Goal A\n\n## Impact\n\nBetter.\n",
    });
    expect(diagnostics).toEqual([]);
    expect(workspace.layout).toBe("wg-async");
    expect(workspace.items.map((i) => [i.id, i.title, i.impact])).toEqual([
      ["a", "Goal A", "Better."],
    ]);
  });

  it("nests rows by their indentation and reads both Status and State milestone headers", async () => {
    const { workspace } = await open({
      "book.toml": BOOK,
      "src/vision/roadmap.md": `${HEADER}| 🔻 [A] | 🦀 | ▰▰▱▱▱▱ | [ann] |\n| &nbsp;&nbsp;↳ [B] | 🦀 | ▰▱▱▱▱▱ | |\n| &nbsp;&nbsp;&nbsp;&nbsp;↳ [C] | 💤 | ▱▱▱▱▱▱ | |\n| 🔻 Later | ✋ | ▱▱▱▱▱▱ | |\n\n[A]: ./roadmap/a.md\n[B]: ./roadmap/a/b.md\n[C]: https://example.org/c\n[ann]: https://github.com/ann-h\n`,
      "src/vision/roadmap/a.md":
        "# A\n\n## Milestones\n\n| Milestone | Status | Key Participants |\n| --- | --- | --- |\n| RFC | ✅ | [ann] |\n\n[ann]: https://github.com/ann-h\n",
      "src/vision/roadmap/a/b.md":
        "# B\n\n## Milestones\n\n| Milestone | State | Key participants |\n| --- | --- | --- |\n| Ship | 🦀 | |\n",
    });
    const rows = workspace.items.map((i) => [
      i.id,
      i.parent,
      i.state,
      i.owners,
      i.milestones.map((m) => m.state),
    ]);
    expect(rows).toEqual([
      ["a", undefined, "in-progress", ["ann-h"], ["done"]],
      ["a-b", "a", "in-progress", [], ["in-progress"]],
      ["c", "a-b", "paused", [], []],
      ["later", undefined, "help-wanted", [], []],
    ]);
    expect(workspace.items[0]!.progress).toEqual({ done: 2, total: 6, source: "manual" });
    expect(workspace.items[2]!.links).toEqual([{ title: "C", url: "https://example.org/c" }]);
  });

  it("keeps pages the overview omits as unlisted items, nested by folder, with their own status", async () => {
    const { workspace } = await open({
      "book.toml": BOOK,
      "src/vision/roadmap.md": `${HEADER}| 🔻 [A](./roadmap/a.md) | 🦀 | ▰▱▱▱▱▱ | |\n`,
      "src/vision/roadmap/a.md": "# A\n",
      "src/vision/roadmap/a/extra.md": "# Extra\n\n## Milestones\n\nThis is **on hold** for now.\n",
    });
    const extra = workspace.items.find((i) => i.id === "a-extra")!;
    expect(extra).toMatchObject({ parent: "a", kind: "initiative", state: "paused" });
    expect(wgAsyncExtra(extra)).toMatchObject({ unlisted: true });
    expect(wgAsyncExtra(workspace.items[0]!).overview?.row).toBe(0);
  });

  it("warns about an unknown state emoji and a roadmap without an overview table", async () => {
    const unknown = await open({
      "book.toml": BOOK,
      "src/vision/roadmap.md": `${HEADER}| 🔻 A | 🚀 | ▱▱▱▱▱▱ | |\n`,
    });
    expect(unknown.diagnostics.map((d) => [d.ruleId, d.severity, d.span.start.line])).toEqual([
      ["unknown-state", "warning", 3],
    ]);
    const none = await open({ "book.toml": BOOK, "src/vision/roadmap.md": "# Roadmap\n" });
    expect(none.diagnostics.map((d) => d.ruleId)).toEqual(["missing-overview"]);
  });

  it("takes names and more from waymark.yaml when it names the layout", async () => {
    const { workspace } = await open({
      "waymark.yaml":
        "layout: wg-async\ngroup: { name: Async WG }\npeople:\n  ann-h: { name: Ann H }\n",
      "book.toml": BOOK,
      "src/vision/roadmap.md": `${HEADER}| 🔻 A | 🦀 | ▱▱▱▱▱▱ | [ann] |\n\n[ann]: https://github.com/ann-h\n`,
    });
    expect(workspace.layout).toBe("wg-async");
    expect(workspace.config.group.name).toBe("Async WG");
    expect(workspace.config.people.get("ann-h")?.name).toBe("Ann H");
  });

  it("reads a character's name, value and background, and its stories", async () => {
    const { workspace, diagnostics } = await open({
      "book.toml": BOOK,
      "src/vision/roadmap.md": HEADER,
      "src/vision/characters/ann.md":
        "# 🙋‍♀️ Cast of characters\n\n## Ann: the tester\n\nAnn tests things.\n\n## 🤔 Frequently Asked Questions\n\n### What does Ann want most from Async Rust?\n* Reliability.\n",
      "src/vision/submitted_stories/status_quo/ann_tries.md":
        "# 😱 Status quo stories: Ann tries\n\n## 🤔 Frequently Asked Questions\n\n### **What are the sources for this story?**\n\n* [A post](https://example.org/post)\n",
      "src/vision/submitted_stories/shiny_future/anns_dream.md":
        "# ✨ Shiny future stories: Ann's dream\n\n### What status quo story or stories are you retelling?\n\n[Ann tries](../status_quo/ann_tries.md)\n",
      "src/vision/submitted_stories/shiny_future/untitled_one.md": "Just text.\n",
    });
    const [ann] = workspace.vision!.characters;
    expect(ann).toMatchObject({
      id: "ann",
      name: "Ann",
      value: "Reliability.",
    });
    // The background keeps the FAQ after the named section.
    expect(ann!.background).toMatch(/^Ann tests things\.\n\n## 🤔 Frequently Asked Questions\n/);
    expect(
      workspace.vision!.stories.map((s) => [s.id, s.kind, s.title, s.characters, s.retells]),
    ).toEqual([
      ["anns-dream", "shiny-future", "Ann's dream", ["ann"], ["ann-tries"]],
      ["untitled-one", "shiny-future", "Untitled one", [], []],
      ["ann-tries", "status-quo", "Ann tries", ["ann"], []],
    ]);
    expect(workspace.vision!.stories[2]!.sources).toEqual([
      { title: "A post", url: "https://example.org/post" },
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["missing-title"]);
  });
});
