import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIssueByRef } from "../github/store.js";
import { type SyncedExample, serveSyncedExample } from "../helpers/serve-synced-example.js";
import { describeFindings, isBlocking, runAxe } from "./axe.js";
import { browserSkipReason, launchChromium } from "./chromium.js";

// The triage board in Chromium, served by `waymark serve` with the example's area synced from the
// local GitHub: a card dragged to another column, confirmed, shows up as a label change on the
// server, and Undo reverts it; the same by keyboard alone; a refused write is announced and the
// card goes back; axe finds nothing serious in the light and the dark scheme.
const skip = browserSkipReason();
const DRAGGED = "rust-lang/rust#62412";
const KEYED = "rust-lang/rust#62507";
/** A move makes two requests to the local GitHub, each retried on a busy machine. */
const WAIT = { timeout: 20_000 };

describe.skipIf(skip)("the triage board in Chromium", { timeout: 120_000 }, () => {
  let example: SyncedExample;
  let browser: Browser;

  beforeAll(async () => {
    [example, browser] = await Promise.all([serveSyncedExample(), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await example?.close();
  });

  const labelsOn = (key: string) => findIssueByRef(example.gh.store, key)?.labels ?? [];
  const card = (page: Page, key: string) => page.locator(`[data-issue="${key}"]`);
  const columnOf = (page: Page, key: string) =>
    card(page, key).evaluate((el) => el.closest("[data-column]")?.getAttribute("data-column"));

  async function open(scheme: "light" | "dark" = "light") {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${example.origin}/triage/`);
    await expect.poll(() => page.locator(".board-move:visible").count(), WAIT).toBeGreaterThan(50);
    return { page, problems, close: () => context.close() };
  }

  it("a card dragged to OnDeck and confirmed changes its labels on GitHub; Undo reverts it", async () => {
    const { page, problems, close } = await open();
    // Dropped near the column's top, which is in view with the card: no scrolling mid-drag.
    await card(page, DRAGGED).dragTo(page.locator('[data-column="on-deck"]'), {
      targetPosition: { x: 30, y: 10 },
    });
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.isVisible(), WAIT).toBe(true);
    expect(await dialog.textContent()).toContain(
      "adds AsyncAwait-OnDeck and removes AsyncAwait-Other",
    );
    await dialog.getByRole("button", { name: "Move" }).click();
    const status = page.getByRole("status");
    const said = () => status.locator("[data-message]").textContent();
    await expect.poll(said, WAIT).toContain(`Moved ${DRAGGED} to OnDeck`);
    expect(labelsOn(DRAGGED)).toContain("AsyncAwait-OnDeck");
    expect(labelsOn(DRAGGED)).not.toContain("AsyncAwait-Other");
    expect(await columnOf(page, DRAGGED)).toBe("on-deck");
    const labelWrites = example.gh.log.filter((r) => r.write && r.path.includes("/labels"));
    expect(labelWrites.map((r) => r.method)).toEqual(["POST", "DELETE"]);

    await status.getByRole("button", { name: "Undo" }).click();
    await expect.poll(said, WAIT).toContain(`Undone: ${DRAGGED} is back in Other`);
    expect(labelsOn(DRAGGED)).toContain("AsyncAwait-Other");
    expect(labelsOn(DRAGGED)).not.toContain("AsyncAwait-OnDeck");
    expect(await columnOf(page, DRAGGED)).toBe("other");
    expect(problems).toEqual([]);
    await close();
  });

  it("moves a card by keyboard alone, and a cancelled dialog writes nothing", async () => {
    const { page, close } = await open();
    const move = page.getByRole("button", { name: `Move ${KEYED} to…` });
    await move.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.isVisible(), WAIT).toBe(true);
    const writesBefore = example.gh.log.filter((r) => r.write).length;
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible(), WAIT).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className), WAIT)
      .toBe("board-move");
    expect(example.gh.log.filter((r) => r.write).length).toBe(writesBefore);

    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible(), WAIT).toBe(true);
    // Uncategorised is chosen first; the arrow skips Other (where the card is) to OnDeck, then Focus.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await dialog.textContent()).toContain("adds AsyncAwait-Focus");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("#board-status [data-message]").textContent(), WAIT)
      .toContain(`Moved ${KEYED} to Focus`);
    expect(labelsOn(KEYED)).toContain("AsyncAwait-Focus");
    expect(await columnOf(page, KEYED)).toBe("focus");
    // Focus follows the card into its new column.
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest("[data-issue]")?.getAttribute("data-issue"),
      ),
    ).toBe(KEYED);
    await close();
  });

  it("a write GitHub refuses is announced and the card goes back", async () => {
    const { page, close } = await open();
    example.gh.faults.add({ kind: "rate-limit", on: "rest", times: Infinity, retryAfter: 0 });
    try {
      await card(page, DRAGGED).getByRole("button").click();
      await page.getByRole("dialog").getByRole("button", { name: "Move" }).click();
      await expect
        .poll(() => page.getByRole("alert").textContent(), WAIT)
        .toMatch(/GitHub refused the label change: .*\. rust-lang\/rust#62412 stays in Other\./);
    } finally {
      example.gh.faults.clear();
    }
    expect(await columnOf(page, DRAGGED)).toBe("other");
    expect(labelsOn(DRAGGED)).toContain("AsyncAwait-Other");
    await close();
  });

  for (const scheme of ["light", "dark"] as const)
    it(`has no serious axe violations in the ${scheme} scheme, nor with its dialog open`, async () => {
      const { page, close } = await open(scheme);
      const board = (await runAxe(page)).filter(isBlocking);
      expect(board, describeFindings(board)).toEqual([]);
      await card(page, DRAGGED).getByRole("button").click();
      await expect.poll(() => page.getByRole("dialog").isVisible(), WAIT).toBe(true);
      const dialog = (await runAxe(page)).filter(isBlocking);
      expect(dialog, describeFindings(dialog)).toEqual([]);
      await close();
    });
});
