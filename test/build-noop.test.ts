import { cp, mkdir, readFile, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { STATE_FILE } from "../src/publish/site/build-state.js";
import { CACHE_DIR } from "../src/publish/site/cache-paths.js";
import { testdir } from "./helpers/testdir.js";

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "async-wg");
const DATE = "2024-09-15";

/** A copy of the example built once into a fresh output folder. */
async function built() {
  const dir = await testdir({});
  await cp(EXAMPLE, dir, { recursive: true });
  const out = await testdir({});
  const first = await buildSite({ dir, out, date: DATE });
  expect(first.ok).toBe(true);
  return { dir, out, first };
}

// A build that found nothing to do never loads the workspace: its timings have no "load".
describe("a build whose inputs and output are as the last build left them", () => {
  it("does nothing, and reports the same warnings", async () => {
    const { dir, out, first } = await built();
    expect(first.diagnostics.length).toBeGreaterThan(0);
    const again = await buildSite({ dir, out, date: DATE });
    expect(again.ok).toBe(true);
    expect(again.timings.load).toBeUndefined();
    expect(again.stats).toEqual({ ...first.stats, rendered: 0, written: 0 });
    expect(again.diagnostics).toEqual(first.diagnostics);
  });

  it("loads again when a file was saved, even with the same text, and renders nothing", async () => {
    const { dir, out } = await built();
    const file = join(dir, "goals/polish.md");
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const again = await buildSite({ dir, out, date: DATE });
    expect(again.timings.load).toBeDefined();
    // Outside git a file's date is its mtime: only the feed, which shows it, renders again.
    expect(again.stats.rendered).toBeLessThanOrEqual(1);
  });

  it("loads again when a sync changed the cache, though no workspace file changed", async () => {
    const { dir, out } = await built();
    await mkdir(join(dir, ".waymark"), { recursive: true });
    await writeFile(join(dir, ".waymark", "cache.sqlite"), "");
    expect((await buildSite({ dir, out, date: DATE })).timings.load).toBeDefined();
  });

  it("loads again for another date, and renders what the date changes", async () => {
    const { dir, out } = await built();
    const again = await buildSite({ dir, out, date: "2024-12-01" });
    expect(again.timings.load).toBeDefined();
    expect(again.stats.rendered).toBeGreaterThan(0);
  });

  it("puts back an output file changed since, and ignores a state it did not sign", async () => {
    const { dir, out } = await built();
    const page = join(out, "roadmap/index.html");
    const html = await readFile(page, "utf8");
    await writeFile(page, html.replace("<h1>", "<h1>X"));
    const state = join(out, CACHE_DIR, STATE_FILE);
    await writeFile(
      state,
      (await readFile(state, "utf8")).replace(/^./, (c) => (c === "0" ? "1" : "0")),
    );
    const again = await buildSite({ dir, out, date: DATE });
    expect(again.timings.load).toBeDefined();
    expect(await readFile(page, "utf8")).toBe(html);
    // And the state it writes is good again: the next build does nothing.
    expect((await buildSite({ dir, out, date: DATE })).timings.load).toBeUndefined();
  });
});
