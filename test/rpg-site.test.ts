import type { Element } from "hast";
import { beforeAll, describe, expect, it } from "vitest";
import { sitePaths } from "../src/render/site/site-paths.js";
import { rawReferenceLabels } from "./helpers/raw-labels.js";
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

    it("labels a goal's metadata, renders its links, and links the goal it continues both ways", () => {
      const facts = (id: string) => {
        const dl = selectAll(
          site.page(sitePaths.item(id)),
          (el) => el.properties.id === "facts",
        )[0]!;
        const out = new Map<string, Element>();
        for (const div of selectAll(dl, (el) => el.tagName === "div")) {
          const [dt, dd] = div.children.filter((c): c is Element => c.type === "element");
          out.set(textOf(dt!), dd!);
        }
        return out;
      };
      const hrefs = (el: Element | undefined) =>
        selectAll(el!, (a) => a.tagName === "a").map((a) => String(a.properties.href));
      const polonius = facts("2026.polonius");
      expect(textOf(polonius.get("What and why")!)).toContain(
        "Stabilize an improved borrow checker",
      );
      expect(polonius.has("what-and-why")).toBe(false);
      expect(hrefs(polonius.get("Zulip channel"))).toEqual([
        "https://rust-lang.zulipchat.com/#narrow/channel/186049-t-types.2Fpolonius",
      ]);
      expect(textOf(polonius.get("Zulip channel")!)).toBe("#t-types/polonius");
      expect(hrefs(polonius.get("Continues"))).toEqual([sitePaths.item("2024h2.polonius")]);
      expect(hrefs(polonius.get("Champions"))).toEqual([
        sitePaths.person("jackh726"),
        sitePaths.team("types"),
      ]);
      expect(hrefs(facts("2024h2.polonius").get("Continued by"))).toEqual([
        sitePaths.item("2026.polonius"),
      ]);
      const f16 = facts("2026.stabilizing-f16");
      expect(hrefs(f16.get("Funding contact"))).toEqual(["https://trifectatech.org/"]);
      expect(f16.has("Funding")).toBe(true);
      // `[#t-rustup]` defines nothing: shown as the channel's name, without brackets.
      expect(textOf(facts("2026.process-safe-rustup").get("Zulip channel")!)).toBe("#t-rustup");
    });

    it("rolls up on a goal's page the teams its subgoals ask", () => {
      const html = site.page(sitePaths.item("2024h2.async"));
      const section = selectAll(
        html,
        (el) => String(el.properties.ariaLabelledBy) === "teams-asked",
      )[0]!;
      const teams = selectAll(section, (a) => a.tagName === "a")
        .map((a) => String(a.properties.href))
        .filter((h) => h.includes("/teams/"))
        .map((h) => h.split("/").filter(Boolean).at(-1));
      expect([...new Set(teams)]).toEqual(["lang", "libs", "libs-api", "compiler"]);
    });

    it("renders `![Team][] [lang]` in a subgoal's body as the team badge and a link", () => {
      const html = site.page(sitePaths.item("2024h2.async.async-closures"));
      const main = selectAll(html, (el) => el.tagName === "main")[0]!;
      const badges = selectAll(main, (el) => el.tagName === "img" && el.properties.alt === "Team");
      expect(badges.length).toBeGreaterThan(0);
      expect(
        selectAll(main, (a) => a.tagName === "a" && textOf(a) === "lang").length,
      ).toBeGreaterThan(0);
      expect(textOf(main)).not.toContain("![Team]");
    });

    it("leaves no raw reference label on any page: each resolves as the book's, or is shown as text", () => {
      // Shortcut labels a reader takes for links: channels, issues, RFCs, team names. Badges are
      // written `![Help wanted][]`, which the full and collapsed forms already cover.
      const teams = new Set(site.ws.config.teams.keys());
      const linkish = (label: string) =>
        /^#[a-z]/i.test(label) ||
        /^rfc #\d+$/i.test(label) ||
        /^[\w.-]+\/[\w.-]+#\d+$/.test(label) ||
        teams.has(label.toLowerCase());
      const raw = [...site.routes.keys()]
        .filter((path) => path.endsWith("/"))
        .flatMap((path) => rawReferenceLabels(site.page(path), linkish).map((l) => `${path} ${l}`));
      expect(raw).toEqual([]);
      const readme = site.page(sitePaths.period("2024h2"));
      const rfc = selectAll(readme, (a) => a.tagName === "a" && textOf(a) === "RFC #3672");
      expect(rfc.length).toBeGreaterThan(0);
      for (const a of rfc)
        expect(a.properties.href).toBe("https://github.com/rust-lang/rfcs/pull/3672");
    });

    it("lists teams in the Teams index only, never as people", () => {
      const people = [...site.routes.keys()].filter((p) => p.startsWith("/people/"));
      for (const team of ["lang", "compiler", "libs-api", "types", "cargo"]) {
        expect(people).not.toContain(sitePaths.person(team));
        expect(site.routes.has(sitePaths.team(team))).toBe(true);
      }
      const index = site.page(sitePaths.people);
      expect(selectAll(index, (a) => a.tagName === "a" && textOf(a) === "lang")).toEqual([]);
    });

    it("does not label the 2026 slate Draft: 73 of its 76 goals are Accepted", () => {
      const html = site.page(sitePaths.period("2026"));
      expect(selectAll(html, (el) => String(el.properties.className).includes("draft"))).toEqual(
        [],
      );
      const index = site.page(sitePaths.periods);
      const row = selectAll(index, (tr) => tr.tagName === "tr").find((tr) =>
        textOf(tr).startsWith("2026"),
      );
      expect(textOf(row!)).toContain("Accepted");
    });

    it("lists under each 2026 roadmap all its goals, with its narrative, point of contact and page", () => {
      const html = site.page(sitePaths.period("2026"));
      const theme = (id: string) =>
        selectAll(
          html,
          (el) => el.tagName === "section" && String(el.properties.ariaLabelledBy) === id,
        )[0]!;
      const goals = (id: string) =>
        selectAll(theme(id), (a) => a.tagName === "a")
          .map((a) => String(a.properties.href))
          .filter((h) => h.startsWith("/goals/"))
          .map((h) => h.split("/").filter(Boolean).at(-1));
      // Const generics and const traits name Constify all the things first, Rust for Linux second.
      expect(goals("theme-rust-for-linux")).toHaveLength(9);
      expect(goals("theme-rust-for-linux")).toEqual(
        expect.arrayContaining(["2026.const-generics", "2026.const-traits"]),
      );
      expect(goals("theme-constify-all-the-things")).toEqual(
        expect.arrayContaining(["2026.const-generics", "2026.const-traits"]),
      );
      expect(goals("theme-just-add-async")).toHaveLength(5);
      const borrowck = theme("theme-borrow-checker-within");
      expect(textOf(borrowck)).toContain("mutation xor sharing");
      const facts = selectAll(
        borrowck,
        (p) => String(p.properties.className) === "theme-facts",
      )[0]!;
      expect(textOf(facts)).toContain("Point of contact: nikomatsakis");
      expect(selectAll(facts, (a) => a.tagName === "a").map((a) => a.properties.href)).toEqual([
        sitePaths.person("nikomatsakis"),
        sitePaths.page("src/2026/roadmap-borrow-checker-within.md"),
      ]);
      // Each goal is counted once, however many roadmaps list it.
      const total = selectAll(html, (el) => el.tagName === "tfoot").map(textOf)[0];
      expect(total).toContain("76");
    });
  },
);
