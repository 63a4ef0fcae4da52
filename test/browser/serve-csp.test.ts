import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SiteServer, serveSite } from "../../src/publish/site/serve-site.js";
import { browserSkipReason, CHROMIUM, CHROMIUM_FLAGS } from "./chromium.js";
import { BUILD_DATE, EXAMPLE, type ExampleSite, serveExampleSite } from "./example-site.js";

// The Content-Security-Policy in Chromium: the built site (a meta tag, served by a plain static
// server) and `waymark serve` (a header) both run the site's own script, by hash, and nothing
// else; and `waymark serve` refuses a page reached through another host name (DNS rebinding,
// simulated by resolving evil.test to loopback).
const skip = browserSkipReason();

describe.skipIf(skip)("the Content-Security-Policy and Host check in Chromium", () => {
  let built: ExampleSite;
  let served: SiteServer;
  let browser: Browser;

  beforeAll(async () => {
    const server = await serveSite({ dir: EXAMPLE, port: 0, date: BUILD_DATE, baseUrl: "/" });
    if ("failed" in server) throw new Error(`could not listen: ${server.failed}`);
    served = server;
    [built, browser] = await Promise.all([
      serveExampleSite(),
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        chromiumSandbox: false,
        args: [...CHROMIUM_FLAGS, "--host-resolver-rules=MAP evil.test 127.0.0.1"],
      }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
    await served?.close();
  });

  /** Opens a page, collecting the policy violations and script errors it reports. */
  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      // Chromium asks for /favicon.ico, which the site does not have: not a problem of the page.
      if (m.type() === "error" && !/status of 404/.test(m.text()))
        problems.push(`console: ${m.text()}`);
    });
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    return { page, problems };
  }

  for (const [name, origin] of [
    ["the built site (meta tag)", () => built.origin],
    ["waymark serve (header)", () => new URL(served.url).origin],
  ] as const) {
    it(`${name}: the roadmap's filter script runs, and no other script may`, async () => {
      const { page, problems } = await open(`${origin()}/roadmap/`);
      // The script shows the in-place filter form and hides the plain filter links.
      await expect(page.locator("#roadmap-filter").isVisible()).resolves.toBe(true);
      await expect(page.locator(".filter-links").first().isVisible()).resolves.toBe(false);
      const rows = page.locator("#roadmap-table tbody tr:visible");
      const all = await rows.count();
      await page.selectOption('#roadmap-filter select[name="state"]', "done");
      await expect.poll(() => rows.count()).toBeLessThan(all);
      expect(problems).toEqual([]);

      // An inline script, and one from elsewhere, are refused by the policy.
      await page.addScriptTag({ content: "window.injected = true;" }).catch(() => {});
      await page.addScriptTag({ url: `${origin()}/waymark.json` }).catch(() => {});
      expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBe(
        undefined,
      );
      expect(problems.join("\n")).toMatch(/Content Security Policy/);
      await page.close();
    });
  }

  it("waymark serve refuses a page reached through another host name", async () => {
    const page = await browser.newPage();
    const port = new URL(served.url).port;
    const response = await page.goto(`http://evil.test:${port}/`);
    expect(response?.status()).toBe(421);
    expect(await page.content()).not.toContain("Async");
    const ok = await page.goto(`http://localhost:${port}/`);
    expect(ok?.status()).toBe(200);
    await page.close();
  });
});
