import { describe, expect, it } from "vitest";
import { verifyXml } from "../src/render/site/verify-xml.js";
import { forecastWorkspace } from "./helpers/forecast-workspace.js";
import { selectAll, sitePages, textOf } from "./helpers/site-pages.js";
import { testdir } from "./helpers/testdir.js";

const DATE = "2026-10-06";

/** The page's chart SVGs, as their source text. */
function svgsOf(html: string): string[] {
  return [...html.matchAll(/<svg class="chart-svg"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

describe("burn-up charts and forecasts on the site", () => {
  it("draws a goal's burn-up from the sync history, named and described, with its figures", async () => {
    const site = await sitePages(await forecastWorkspace(), { withFacts: true, date: DATE });
    const html = site.page("/goals/steady/");
    const [svg] = svgsOf(html);
    expect(svg).toBeDefined();
    // Well-formed XML on its own, as an SVG file would be.
    expect(verifyXml("burn-up.svg", svg!)).toEqual([]);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="burn-up-chart-title burn-up-chart-desc"');
    expect(svg).toContain('<title id="burn-up-chart-title">Burn-up of Steady parser</title>');
    expect(svg).not.toMatch(/style=/);
    const desc = selectAll(html, (el) => el.tagName === "desc")[0]!;
    expect(textOf(desc)).toContain(
      "Sub-issues of acme/goals#1 closed: 21 of 30 done as of 2026-10-05",
    );
    expect(textOf(desc)).toContain(
      "would be done by 2026-11-06; between 2026-10-26 and 2026-12-07",
    );
    // The text alternative: every sync's figures in a table.
    expect(html).toContain("<summary>Figures at each sync</summary>");
    expect(html.match(/<th scope="row">2026-\d\d-\d\d<\/th>/g)).toHaveLength(10);
    expect(html).toContain("The pace is the work done per week");
  });

  it("escapes titles from files in the chart's title and in the list of goals at risk", async () => {
    const site = await sitePages(await forecastWorkspace(), { withFacts: true, date: DATE });
    const item = site.page("/goals/slow/");
    expect(item).toContain("Burn-up of Slow &lt;b>&amp;&lt;/b> risky");
    expect(item).not.toContain("<b>&</b>");
    expect(verifyXml("slow.svg", svgsOf(item)[0]!)).toEqual([]);
    const period = site.page("/periods/2026h2/");
    expect(period).not.toContain("<b>&</b>");
    const atRisk = selectAll(period, (el) => el.tagName === "tr" && !!el.properties.dataRisk);
    expect(atRisk.map((r) => [textOf(r).slice(0, 20), r.properties.dataRisk])).toEqual([
      ["Slow <b>&</b> riskyO", "off-track"],
    ]);
  });

  it("draws the period's burn-up, its goals added up, and lists the goals at risk", async () => {
    const site = await sitePages(await forecastWorkspace(), { withFacts: true, date: DATE });
    const html = site.page("/periods/2026h2/");
    const [svg] = svgsOf(html);
    expect(verifyXml("period.svg", svg!)).toEqual([]);
    expect(svg).toContain("Burn-up of 2026H2");
    // 21 + 3 + 5 of 30 + 40 + 5.
    expect(svg).toContain("29 of 75 done as of 2026-10-05");
    expect(html).toContain('id="goals-at-risk"');
    expect(html).toContain(
      "At the recent pace it would not be done by the period's end, 2026-12-31.",
    );
  });

  it("explains instead of drawing when there is no history, never making up a date", async () => {
    const site = await sitePages(await forecastWorkspace(), { withFacts: true, date: DATE });
    const manual = site.page("/goals/manual/");
    expect(svgsOf(manual)).toEqual([]);
    expect(manual).not.toContain('id="burn-up"');
    const unsynced = site.page("/goals/unsynced/");
    expect(svgsOf(unsynced)).toEqual([]);
    expect(unsynced).toContain("this goal's progress comes from elsewhere");
  });

  it("has no chart section at all before the first sync", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\nperiods:\n  - { id: p, end: 2026-12-31 }\n",
      "goals/a.md": "---\ntitle: A\ntracking: acme/goals#1\nperiod: p\n---\n",
    });
    const site = await sitePages(dir, { withFacts: true, date: DATE });
    expect(site.page("/goals/a/")).toContain("No sync history yet");
    expect(svgsOf(site.page("/goals/a/"))).toEqual([]);
    expect(site.page("/periods/p/")).not.toContain('id="forecast"');
  });

  it("says there is too little history after two syncs a week apart", async () => {
    const dir = await forecastWorkspace({ syncs: 2 });
    const site = await sitePages(dir, { withFacts: true, date: DATE });
    const html = site.page("/goals/steady/");
    expect(html).toContain(
      "Too little history for a forecast: 2 syncs over 7 days; it needs 2 whole weeks.",
    );
    expect(html).not.toContain("line-forecast");
  });
});

describe("the charts page and the updates per month", () => {
  it("draws the focus count against its limits and the updates per month, with their figures", async () => {
    const site = await sitePages(await forecastWorkspace(), { withFacts: true, date: DATE });
    const html = site.page("/charts/");
    const svgs = svgsOf(html);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(verifyXml("chart.svg", svg)).toEqual([]);
    expect(svgs[0]).toContain('class="band band-limit"');
    expect(html).toContain(
      "3 focus issues as of 2026-10-05, against a limit of 3 to 5; 3 of 10 syncs since 2026-08-03 found the count outside it.",
    );
    // Three issues, an update every other week: 3 each in August, 2 each in September.
    expect(html).toContain("15 updates from 2026-08 to 2026-09; the most, 9, in 2026-08.");
    expect(html).toContain("<summary>Piles at each sync</summary>");
    expect(html).toMatch(/<a href="\/periods\/2026h2\/#forecast">2026H2<\/a>/);
    // The nav links the page once there is a sync.
    expect(site.page("/")).toContain('href="/charts/"');
  });

  it("shows the period's updates per month on its page", async () => {
    const site = await sitePages(await forecastWorkspace(), { withFacts: true, date: DATE });
    const html = site.page("/periods/2026h2/");
    expect(html).toContain('id="period-updates"');
    expect(html).toContain("Updates per month on 2026H2's tracking issues");
  });

  it("has no charts page before a sync", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\n---\n",
    });
    const site = await sitePages(dir, { withFacts: true, date: DATE });
    expect(site.routes.has("/charts/")).toBe(false);
    expect(site.page("/")).not.toContain('href="/charts/"');
  });
});
