import { cp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ServeProblem,
  type SiteServer,
  serveSite,
} from "../../src/publish/site/serve-site.js";
import { browserSkipReason, launchChromium } from "./chromium.js";
import { BUILD_DATE, EXAMPLE } from "./example-site.js";

// Live reload in Chromium: `waymark serve` on a copy of the example, a goal page open, and the
// goal's file edited on disk as an editor would save it.
const skip = browserSkipReason();
const GOAL = "goals/polish.md";

describe.skipIf(skip)("waymark serve's live reload in Chromium", () => {
  let dir: string;
  let server: SiteServer;
  let browser: Browser;
  let page: Page;
  let original: string;
  const problems: ServeProblem[] = [];
  const pageProblems: string[] = [];
  const save = (text: string) => writeFile(join(dir, GOAL), text);
  const banner = () => page.locator("#waymark-live-banner");

  beforeAll(async () => {
    dir = join(tmpdir(), `waymark-live-${process.pid}-${Date.now()}`);
    await cp(EXAMPLE, dir, { recursive: true, filter: (path) => !path.includes(".waymark") });
    original = await readFile(join(dir, GOAL), "utf8");
    const started = await serveSite({
      dir,
      port: 0,
      date: BUILD_DATE,
      onProblem: (p) => problems.push(p),
    });
    if ("failed" in started) throw new Error(`could not listen: ${started.failed}`);
    server = started;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("pageerror", (e) => pageProblems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !/status of 404/.test(m.text()))
        pageProblems.push(`console: ${m.text()}`);
    });
    await page.goto(new URL("goals/polish/", server.url).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reloads an open page when its file is saved", async () => {
    await expect(page.locator("h1").textContent()).resolves.toContain("Polish");
    await save(original.replace(/^title: .*$/m, "title: Polished by live reload"));
    await page.locator("h1", { hasText: "Polished by live reload" }).waitFor({ timeout: 20_000 });
    expect(await banner().count()).toBe(0);
    expect(pageProblems).toEqual([]);
  });

  it("shows an invalid file's diagnostics in a banner until it is fixed, escaped", async () => {
    await save(original.replace(/^state: .*$/m, "state: <b>bogus</b>"));
    await banner().waitFor({ timeout: 20_000 });
    await expect
      .poll(() => banner().textContent(), { timeout: 20_000 })
      .toContain('goals/polish.md:4:8 invalid-value Unexpected "<b>bogus</b>" for `state`');
    // The file's text is text in the banner, never markup.
    expect(await banner().locator("b").count()).toBe(0);
    expect(await banner().getAttribute("role")).toBe("alert");

    await save(original);
    await page.locator("h1", { hasText: "Polish" }).waitFor({ timeout: 20_000 });
    await banner().waitFor({ state: "detached", timeout: 20_000 });
    expect(pageProblems).toEqual([]);
  });

  it("says in the page that the workspace folder is gone, until it is back", async () => {
    await rename(dir, `${dir}-away`);
    try {
      await banner().waitFor({ timeout: 20_000 });
      expect(await banner().textContent()).toMatch(/is gone \(moved or deleted\)/);
    } finally {
      await rename(`${dir}-away`, dir);
    }
    await banner().waitFor({ state: "detached", timeout: 20_000 });
    expect(problems.map((p) => p.kind)).toEqual(["folder-gone"]);
    expect(pageProblems).toEqual([]);
  });
});
