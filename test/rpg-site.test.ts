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

    it("publishes no raw ((( placeholder on any page: each is expanded from the model or noted", () => {
      const raw = [...site.routes.keys()]
        .filter((path) => path.endsWith("/"))
        .filter((path) => site.page(path).includes("((("));
      expect(raw).toEqual([]);
    });

    it("expands the goal count, the goal lists and the team asks as the book does", () => {
      const readme = site.page(sitePaths.period("2024h2"));
      expect(textOf(selectAll(readme, (el) => el.tagName === "main")[0]!)).toContain(
        "establishing 26 total Rust project goals",
      );
      const goals2024 = site.page(sitePaths.page("src/2024h2/goals.md"));
      const links = selectAll(goals2024, (el) => el.tagName === "a").map(textOf);
      expect(links).toContain("Bring the Async Rust experience closer to parity with sync Rust");
      const notAccepted = site.page(sitePaths.page("src/2024h2/not_accepted.md"));
      expect(notAccepted).toContain("Experiment with relaxing the Orphan Rule");
      expect(notAccepted).not.toContain("Const traits");
      const goals2026 = site.page(sitePaths.page("src/2026/goals.md"));
      const rows = selectAll(goals2026, (el) => el.tagName === "tr").map((tr) =>
        textOf(tr).replace(/\s+/g, " ").trim(),
      );
      // Champions: goal, team, champion; team asks: one table per team.
      expect(rows.some((r) => /Polonius Alpha ?types ?@jackh726/.test(r))).toBe(true);
      expect(goals2026.match(/<table/g)?.length).toBeGreaterThanOrEqual(6);
    });

    it("lists a roadmap's goals on its page, and names what it cannot produce", () => {
      const roadmap = site.page(sitePaths.page("src/2026/roadmap-borrow-checker-within.md"));
      expect(roadmap).toContain(site.ws.items.find((i) => i.id === "2026.polonius")!.title);
      const asks = site.page(sitePaths.page("src/about/team_asks.md"));
      expect(textOf(selectAll(asks, (el) => el.tagName === "blockquote").at(-1)!)).toContain(
        "VALID TEAM ASKS",
      );
    });
  },
);
