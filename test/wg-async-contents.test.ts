import { describe, expect, it } from "vitest";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { selectAll, sitePages, textOf } from "./helpers/site-pages.js";

describe("the wg-async book's own table of contents", needsShared("corpus/wg-async"), () => {
  it("is published as the Contents page, linked from every page's header", async () => {
    const site = await sitePages(sharedPath("corpus/wg-async"));
    const html = site.page("/contents/");
    const links = selectAll(html, (el) => el.tagName === "a" && textOf(el) !== "");
    const byTitle = new Map(links.map((a) => [textOf(a), String(a.properties.href)]));
    // Pages the book links only from its SUMMARY.md are reachable again.
    expect(byTitle.get("🥰 How using async Rust ought to feel")).toBe(
      "/pages/src/vision/how_it_feels/",
    );
    expect(site.routes.has("/pages/src/vision/how_it_feels/")).toBe(true);
    expect(byTitle.get("Alan")).toBe("/vision/characters/alan/");
    expect(byTitle.get("Async fn everywhere")).toBe("/goals/async-fn/");
    expect(byTitle.get("Discussion schedule")).toBe(
      "https://github.com/orgs/rust-lang/projects/40/views/1",
    );
    // Every entry that opens a page of this site opens one that exists.
    for (const [title, href] of byTitle)
      if (href.startsWith("/") && !href.startsWith("/files/"))
        expect(site.routes.has(href.split("#")[0]!), `${title} → ${href}`).toBe(true);
    // Nesting is kept: the characters sit under the cast of characters.
    const cast = selectAll(html, (el) => el.tagName === "li").find((li) =>
      textOf(li).startsWith("🙋‍♀️ Cast of characters"),
    )!;
    expect(selectAll(cast, (el) => el.tagName === "a").map(textOf)).toEqual([
      "🙋‍♀️ Cast of characters",
      "Alan",
      "Grace",
      "Niklaus",
      "Barbara",
    ]);
    const header = selectAll(site.page("/"), (el) => el.tagName === "header")[0]!;
    expect(selectAll(header, (el) => el.tagName === "a").map(textOf)).toContain("Contents");
    // SUMMARY.md itself is no longer a page of its own: links to it open the contents.
    expect(site.shell.data.pageOfFile["src/SUMMARY.md"]).toBe("/contents/");
  });
});
