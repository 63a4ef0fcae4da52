import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forecastWorkspace } from "../helpers/forecast-workspace.js";
import { describeFindings, isBlocking, runAxe } from "./axe.js";
import { browserSkipReason, launchChromium } from "./chromium.js";
import { type ExampleSite, serveExampleSite } from "./example-site.js";

// The charts of a workspace with ten weekly syncs, built by the real CLI and opened in Debian's
// Chromium: drawn without script, within the content security policy, and without a serious
// axe finding in either colour scheme.
const skip = browserSkipReason();

const PAGES = ["/goals/steady/", "/goals/slow/", "/periods/2026h2/", "/charts/"];

describe.skipIf(skip)("charts in Chromium", () => {
  let site: ExampleSite;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([
      forecastWorkspace().then((dir) => serveExampleSite(dir)),
      launchChromium(),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const scheme of ["light", "dark"] as const)
    it(`shows every chart with no serious axe finding, ${scheme}`, {
      timeout: 120_000,
    }, async () => {
      const context = await browser.newContext({
        baseURL: site.origin,
        colorScheme: scheme,
        javaScriptEnabled: true,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && !m.text().includes("404")) problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));
      for (const path of PAGES) {
        await page.goto(path);
        const charts = page.locator("svg.chart-svg");
        expect(await charts.count(), path).toBeGreaterThan(0);
        for (const chart of await charts.all()) {
          const box = await chart.boundingBox();
          expect(box?.width, path).toBeGreaterThan(300);
        }
        const blocking = (await runAxe(page)).filter(isBlocking);
        expect(blocking, `${path} (${scheme}): ${describeFindings(blocking)}`).toEqual([]);
      }
      // The done line takes the scheme's green from the stylesheet (--bar-on): the policy let the
      // site's CSS style the SVG, and dark mode changes it.
      await page.goto("/goals/steady/");
      const stroke = await page
        .locator("svg.chart-svg .line-done")
        .evaluate((el) => getComputedStyle(el).stroke);
      expect(stroke).toBe(scheme === "light" ? "rgb(26, 127, 55)" : "rgb(63, 185, 80)");
      expect(problems).toEqual([]);
      await context.close();
    });

  it("reads the same without JavaScript: the charts are in the HTML", async () => {
    const context = await browser.newContext({ baseURL: site.origin, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/goals/steady/");
    await expect(page.locator("svg.chart-svg title").textContent()).resolves.toBe(
      "Burn-up of Steady parser",
    );
    await page.getByText("Figures at each sync").click();
    await expect(page.locator("figure.chart table tbody tr").count()).resolves.toBe(10);
    await context.close();
  });
});
