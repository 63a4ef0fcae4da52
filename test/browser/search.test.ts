import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFindings, isBlocking, runAxe } from "./axe.js";
import { browserSkipReason, launchChromium } from "./chromium.js";
import { EXAMPLE, type ExampleSite, serveExampleSite } from "./example-site.js";

// The header's search box on the built example site, in Debian's Chromium: keyboard use from the
// "/" shortcut to Enter, the announced count, a hostile title that stays text, and axe with the
// results open. The example gets one more goal whose title and impact are markup.
const skip = browserSkipReason();

const HOSTILE_TITLE = `Zebra <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>`;
const HOSTILE_GOAL = `---
title: '${HOSTILE_TITLE}'
state: help-wanted
order: 99
---

## Impact

Zebra crossings <b onmouseover="window.pwned=3">for</b> async &lt;code&gt;.
`;

const INPUT = "#site-search-input";
const OPTIONS = "#site-search-results [role=option]";

describe.skipIf(skip)("the search box in Chromium", () => {
  let workspace: string;
  let site: ExampleSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Script errors, refused scripts and failed requests. */
  const errors: string[] = [];

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), "waymark-search-"));
    await cp(EXAMPLE, workspace, { recursive: true });
    await writeFile(join(workspace, "goals", "zebra.md"), HOSTILE_GOAL);
    [site, browser] = await Promise.all([serveExampleSite(workspace), launchChromium()]);
    context = await browser.newContext({ baseURL: site.origin });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    // A refused script or fetch (the Content-Security-Policy) is logged as a console error.
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
        errors.push(m.text());
    });
    page.on("response", (r) => {
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico"))
        errors.push(`${r.status()} ${r.url()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  const titles = () => page.locator(`${OPTIONS} .search-title`).allTextContents();
  const expanded = () => page.locator(INPUT).getAttribute("aria-expanded");

  it("finds a goal from the keyboard: / focuses, arrows move, Enter opens it", async () => {
    await page.goto("/vision/");
    await expect(page.locator(INPUT).isVisible()).resolves.toBe(true);
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      "site-search-input",
    );
    await page.keyboard.type("async fn every");
    await expect.poll(titles).toContain("Async fn everywhere");
    expect(await expanded()).toBe("true");
    const count = (await titles()).length;
    await expect
      .poll(() => page.locator("#site-search-status").textContent())
      .toMatch(count === 1 ? /^1 result\.$/ : /^\d+ results/);

    const active = () =>
      page.evaluate(() => {
        const input = document.getElementById("site-search-input");
        const id = input?.getAttribute("aria-activedescendant");
        const option = id ? document.getElementById(id) : null;
        return option?.getAttribute("aria-selected") === "true"
          ? option.querySelector(".search-title")?.textContent
          : null;
      });
    await page.keyboard.press("ArrowDown");
    const first = await active();
    expect(first).toBe((await titles())[0]);
    if (count > 1) {
      await page.keyboard.press("ArrowDown");
      expect(await active()).toBe((await titles())[1]);
      await page.keyboard.press("ArrowUp");
    }
    expect(await active()).toBe(first);
    // The best match for the words of its title comes first.
    expect(first).toBe("Async fn everywhere");
    await Promise.all([
      page.waitForURL("**/goals/async-fn-everywhere/"),
      page.keyboard.press("Enter"),
    ]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Async fn everywhere");
    expect(errors).toEqual([]);
  });

  it("closes the list on Escape, then clears the box; says when nothing matches", async () => {
    await page.goto("/");
    await page.locator(INPUT).fill("grace");
    await expect.poll(titles).toContain("Grace");
    await page.keyboard.press("Escape");
    expect(await expanded()).toBe("false");
    await expect(page.locator("#site-search-popup").isVisible()).resolves.toBe(false);
    await expect(page.locator(INPUT).inputValue()).resolves.toBe("grace");
    await page.keyboard.press("Escape");
    await expect(page.locator(INPUT).inputValue()).resolves.toBe("");

    await page.locator(INPUT).fill("qwxzv");
    await expect.poll(() => page.locator("#site-search-status").textContent()).toBe("No results.");
    await expect(page.locator(".search-note").textContent()).resolves.toBe("No results.");
    expect(await page.locator(OPTIONS).count()).toBe(0);
    expect(await expanded()).toBe("false");
  });

  it("opens a result with the pointer", async () => {
    await page.goto("/roadmap/");
    await page.locator(INPUT).fill("tokio console");
    await page.locator(OPTIONS, { hasText: "Tokio console" }).first().click();
    await page.waitForURL("**/goals/tokio-console/");
  });

  it("shows a title and a text written as markup as text, and runs none of it", async () => {
    await page.goto("/");
    await page.locator(INPUT).fill("zebra");
    await expect.poll(titles).toEqual([HOSTILE_TITLE]);
    const option = page.locator(OPTIONS).first();
    await expect(option.locator(".search-text").textContent()).resolves.toBe(
      "Zebra crossings for async <code>.",
    );
    expect(
      await page.locator("#site-search-results img, #site-search-results script").count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  it("finds no serious or critical axe violation with the results open, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto("/periods/2024h2/");
      await page.locator(INPUT).fill("async");
      await expect.poll(() => page.locator(OPTIONS).count()).toBeGreaterThan(1);
      await page.keyboard.press("ArrowDown");
      await expect(page.locator("#site-search-popup").isVisible()).resolves.toBe(true);
      const found = await runAxe(page);
      expect(describeFindings(found.filter(isBlocking))).toBe("");
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("is hidden without JavaScript, where it could not search", async () => {
    const plain = await browser.newContext({ baseURL: site.origin, javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto("/");
    await expect(noScript.locator("#site-search").isVisible()).resolves.toBe(false);
    await plain.close();
  });
});
