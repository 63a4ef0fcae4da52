import { beforeAll, describe, expect, it } from "vitest";
import { sitePaths } from "../src/render/site/site-paths.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { type SitePages, sectionRows, selectAll, sitePages, textOf } from "./helpers/site-pages.js";

// The rust-project-goals corpus as the site publishes it, compared with what the book shows.
describe(
  "the rust-project-goals corpus as a site",
  needsShared("corpus/rust-project-goals"),
  () => {
    let site: SitePages;
    beforeAll(async () => {
      site = await sitePages(sharedPath("corpus/rust-project-goals"));
    }, 120_000);

    it("shows the teams 2024h2's Async and Rust-for-Linux goals ask in their sub-sections", () => {
      const html = site.page(sitePaths.period("2024h2"));
      const teams = (id: string) => {
        const row = selectAll(html, (el) => el.tagName === "tr").find(
          (tr) =>
            selectAll(
              tr,
              (a) => a.tagName === "a" && String(a.properties.href).endsWith(sitePaths.item(id)),
            ).length,
        );
        return selectAll(row!, (a) => a.tagName === "a")
          .map((a) => String(a.properties.href))
          .filter((h) => h.includes("/teams/"))
          .map((h) => h.split("/").filter(Boolean).at(-1));
      };
      expect(teams("2024h2.async")).toEqual(["lang", "libs", "libs-api", "compiler"]);
      expect(teams("2024h2.rfl_stable")).toEqual(["lang", "compiler"]);
    });

    it("names flagship goals by their full title, with a Progress column", () => {
      const html = site.page(sitePaths.period("2024h2"));
      expect(html).toContain("Bring the Async Rust experience closer to parity with sync Rust");
      expect(html).toContain("Resolve the biggest blockers to Linux building on stable Rust");
      const headers = selectAll(html, (el) => el.tagName === "th" && el.properties.scope === "col");
      expect(headers.map(textOf)).toContain("Progress");
    });

    it("lists the five goals not accepted apart, and no team page asks them for anything", () => {
      const html = site.page(sitePaths.period("2024h2"));
      const apart = sectionRows(html, "not-accepted");
      expect(apart).toHaveLength(5);
      const rejected = selectAll(html, (el) => el.properties.dataStatus === "not-accepted");
      expect(rejected).toEqual(apart);
      const lang = site.page(sitePaths.team("lang"));
      const orphan = "Experiment with relaxing the Orphan Rule";
      expect(sectionRows(lang, "asks").map(textOf).join("\n")).not.toContain(orphan);
      expect(sectionRows(lang, "not-accepted").map(textOf).join("\n")).toContain(orphan);
    });
  },
);
