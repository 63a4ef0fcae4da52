import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsShared } from "../helpers/shared-corpus.js";
import { type AxeFinding, describeFindings, isBlocking, runAxe } from "./axe.js";
import { browserSkipReason, launchChromium } from "./chromium.js";
import { builtPages, crawl } from "./crawl.js";
import { type ExampleSite, PAGES, serveExampleSite } from "./example-site.js";
import { type SeedRow, seedOverview } from "./seed-overview.js";

// The built examples/async-wg site, served on loopback and driven in Debian's Chromium: links,
// the overview of seed 000 and its filter, key pages, axe-core, dark mode and a phone screen.
const skip = browserSkipReason();
if (skip) console.warn(`Skipping the browser tests: ${skip}.`);

const ROWS = "#roadmap-table tbody tr";
/** The tests that compare the overview with seed 000, which a fresh clone lacks. */
const SEED = needsShared("seeds");
const PAGE_KINDS = Object.entries(PAGES);

describe.skipIf(skip)("the example site in Chromium", () => {
  let site: ExampleSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let seed: SeedRow[];
  /** Every axe finding, all impacts, printed at the end so the minor ones are seen too. */
  const findings = new Map<string, AxeFinding[]>();

  beforeAll(async () => {
    [site, browser, seed] = await Promise.all([
      serveExampleSite(),
      launchChromium(),
      SEED.skip ? [] : seedOverview(),
    ]);
    context = await browser.newContext({ baseURL: site.origin });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    const all = [...findings].filter(([, f]) => f.length);
    if (all.length)
      console.info(
        `axe findings:\n${all.map(([k, f]) => `${k}:\n${describeFindings(f)}`).join("\n")}`,
      );
    await browser?.close();
    await site?.close();
  });

  /** The overview rows shown now: title (without the ↳ of nesting) and data-state. */
  const visibleRows = (on: Page) =>
    on.locator(`${ROWS}:visible`).evaluateAll((rows) =>
      rows.map((row) => ({
        title: (row.querySelector("th a")?.textContent ?? "").trim(),
        state: row.getAttribute("data-state"),
      })),
    );
  const seedRows = (match: (r: SeedRow) => boolean) =>
    seed.filter(match).map(({ title, state }) => ({ title, state }));

  it("follows every link from the home page: no broken link or anchor, no script error", async () => {
    const report = await crawl(page, site.origin);
    expect(report.problems).toEqual([]);
    const unreached = (await builtPages(site.out)).filter((p) => !report.pages.includes(p));
    if (unreached.length) console.info(`built pages no link reaches: ${unreached.join(", ")}`);
    expect(report.pages.length).toBeGreaterThan(100);
    for (const kind of [
      "roadmap",
      "goal",
      "initiative",
      "slate",
      "story",
      "coverage",
      "team",
    ] as const)
      expect(report.pages).toContain(PAGES[kind]);
    // External links are counted, never fetched.
    expect(report.external.size).toBeGreaterThan(20);
  }, 120_000);

  it(
    "shows the 34 rows of seed 000 on the roadmap overview: 10 goals, 24 initiatives",
    SEED,
    async () => {
      await page.goto(PAGES.roadmap);
      expect(await visibleRows(page)).toEqual(seedRows(() => true));
      expect(seed).toHaveLength(34);
      expect(await page.locator(`${ROWS}.goal-row`).count()).toBe(10);
      expect(await page.locator(`${ROWS}.initiative-row`).count()).toBe(24);
      await expect(page.locator("#roadmap-count").textContent()).resolves.toContain("34");
      // The progress bar has a text equivalent.
      expect(await page.getByRole("img", { name: "2 of 6 done" }).count()).toBeGreaterThan(0);
    },
  );

  it("filters the overview by state in place, with JavaScript", SEED, async () => {
    await page.goto(PAGES.roadmap);
    await expect(page.locator("#roadmap-filter").isVisible()).resolves.toBe(true);
    await page.selectOption('#roadmap-filter select[name="state"]', "paused");
    const paused = seedRows((r) => r.state === "paused");
    expect(paused).toHaveLength(24);
    expect(await visibleRows(page)).toEqual(paused);
    expect(new URL(page.url()).searchParams.get("state")).toBe("paused");
    await expect(page.locator("#roadmap-count").textContent()).resolves.toContain("24");

    await page.selectOption('#roadmap-filter select[name="state"]', "in-progress");
    expect(await visibleRows(page)).toEqual(seedRows((r) => r.state === "in-progress"));

    // The filter in the address survives a reload; Clear brings every row back.
    await page.reload();
    expect(await visibleRows(page)).toEqual(seedRows((r) => r.state === "in-progress"));
    await page.getByRole("button", { name: "Clear" }).click();
    await expect.poll(async () => (await visibleRows(page)).length).toBe(34);
  });

  it("filters by state without JavaScript, through the pre-built filter pages", SEED, async () => {
    const noScript = await browser.newContext({ baseURL: site.origin, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(PAGES.roadmap);
    await expect(plain.locator("#roadmap-filter").isVisible()).resolves.toBe(false);
    await plain.locator(".filter-links a", { hasText: "Paused" }).click();
    await plain.waitForURL("**/roadmap/state/paused/");
    expect(await visibleRows(plain)).toEqual(seedRows((r) => r.state === "paused"));
    await noScript.close();
  });

  it(
    "opens a goal page: impact, state, owners, initiatives and the stories behind it",
    SEED,
    async () => {
      await page.goto(PAGES.goal);
      await expect(page.locator("h1").textContent()).resolves.toBe("Async fn everywhere");
      const main = page.locator("main");
      await expect(main.getByRole("heading", { name: "Impact" }).count()).resolves.toBe(1);
      await expect(main.textContent()).resolves.toMatch(/In progress/);
      await expect(
        page.locator("#facts").getByRole("img", { name: "2 of 6 done" }).count(),
      ).resolves.toBe(1);
      await expect(
        main.getByRole("link", { name: "tmandry" }).first().getAttribute("href"),
      ).resolves.toBeTruthy();
      const initiatives = seed.slice(1, 6).map((r) => r.title);
      for (const title of initiatives)
        await expect(main.getByRole("link", { name: title, exact: true }).count()).resolves.toBe(1);
      await main.getByRole("link", { name: "Alan needs async in traits" }).click();
      await page.waitForURL(`**${PAGES.story}`);
    },
  );

  it("opens a story page: its kind, characters, body and the goals it motivates", async () => {
    await page.goto(PAGES.story);
    await expect(page.locator("h1").textContent()).resolves.toBe("Alan needs async in traits");
    const main = page.locator("main");
    await expect(main.textContent()).resolves.toMatch(/Status quo/);
    await expect(main.getByRole("link", { name: "Alan", exact: true }).count()).resolves.toBe(1);
    await expect(main.textContent()).resolves.toContain("async-trait");
    const motivated = main.getByRole("heading", { name: "Goals this story motivates" });
    await expect(motivated.count()).resolves.toBe(1);
    await expect(main.getByRole("link", { name: "Async fn everywhere" }).count()).resolves.toBe(1);
  });

  it("opens the 2024h2 slate: draft banner, flagship themes, goal tables, counts", async () => {
    await page.goto(PAGES.slate);
    await expect(page.locator("h1").textContent()).resolves.toBe("The 2024H2 goal slate");
    await expect(page.locator(".banner.draft").textContent()).resolves.toMatch(/^Draft\./);
    const headings = await page.locator("main h2").allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        "Async fn everywhere",
        "Linux Kernel builds on Stable Rust",
        "Joyful, scalable Rust teams",
        "The other 90%",
      ]),
    );
    // Seed 001's 23 goals, in the three themes and the other 90%.
    expect(await page.locator("table.slate tbody tr").count()).toBe(23);
    expect(await page.locator("table.slate", { hasText: "Owner needed" }).count()).toBeGreaterThan(
      0,
    );
    const counts = await page.locator("main").getByRole("table").last().textContent();
    expect(counts?.replace(/\s+/g, " ")).toMatch(/Proposed ?21.*Accepted ?2.*Total ?23/);
  });

  // Every rule in the light scheme; in the dark one only contrast, the one rule it can change.
  // Also fails on landmark-unique, though axe rates it moderate: two regions of one name leave a
  // screen reader's landmark list ambiguous (the vision page had two "Status and schedule").
  const fails = (f: AxeFinding) => isBlocking(f) || f.rule === "landmark-unique";
  it.each(PAGE_KINDS)(
    "finds no serious or critical axe violation, nor landmark-unique: %s, light and dark",
    async (kind, path) => {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const found = await runAxe(page, colorScheme === "dark" ? ["color-contrast"] : undefined);
        findings.set(`${kind} (${colorScheme})`, found);
        expect(describeFindings(found.filter(fails))).toBe("");
      }
      await page.emulateMedia({ colorScheme: "light" });
    },
  );

  it("follows the dark colour scheme", async () => {
    const colours = async () =>
      page.evaluate(() => {
        const luminance = (css: string) => {
          const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        const body = getComputedStyle(document.body);
        const html = getComputedStyle(document.documentElement);
        const bg =
          body.backgroundColor === "rgba(0, 0, 0, 0)" ? html.backgroundColor : body.backgroundColor;
        return { background: luminance(bg), text: luminance(body.color) };
      });
    await page.goto(PAGES.roadmap);
    const light = await colours();
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await colours();
    await page.emulateMedia({ colorScheme: "light" });
    expect(light.background).toBeGreaterThan(0.8);
    expect(light.text).toBeLessThan(0.4);
    expect(dark.background).toBeLessThan(0.25);
    expect(dark.text).toBeGreaterThan(0.6);
  });

  it("fits a phone screen: no page scrolls sideways", async () => {
    const phone = await browser.newContext({
      baseURL: site.origin,
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const small = await phone.newPage();
    const overflowing: string[] = [];
    for (const [kind, path] of PAGE_KINDS) {
      await small.goto(path);
      const { scroll, width } = await small.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
      }));
      if (scroll > width) overflowing.push(`${kind} (${path}): ${scroll}px wide in ${width}px`);
    }
    await phone.close();
    expect(overflowing).toEqual([]);
  }, 60_000);
});
