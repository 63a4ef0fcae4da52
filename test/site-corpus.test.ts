import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { buildSite } from "../src/publish/site/build-site.js";
import { sitePaths } from "../src/render/site/site-paths.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { testdir } from "./helpers/testdir.js";

// The real corpora, read in place: the site builds from any layout's model, and content links
// that point nowhere become text instead of broken links in the output.
describe.each(["wg-async", "rust-project-goals"] as const)(
  "waymark build on the %s corpus",
  (name) => {
    const dir = sharedPath(`corpus/${name}`);
    it("builds with every internal link resolving", {
      timeout: 120_000,
      ...needsShared(`corpus/${name}`),
    }, async () => {
      const out = await testdir({});
      const result = await buildSite({ dir, out, date: "2024-09-15" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.broken).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.stats.routes).toBeGreaterThan(100);
      const json = JSON.parse(await readFile(join(out, "waymark.json"), "utf8"));
      expect(json.layout).toBe(name);
    });
  },
);

describe("the wg-async corpus's vision as a site", needsShared("corpus/wg-async"), () => {
  const dir = sharedPath("corpus/wg-async");
  const page = (out: string, path: string) => readFile(join(out, path, "index.html"), "utf8");

  it("gives Alan, Barbara, Grace and Niklaus pages linking their stories, and links retellings both ways", async () => {
    const { workspace } = await runPipeline(dir, { check: false });
    const out = await testdir({});
    expect((await buildSite({ dir, out, date: "2024-09-15" })).ok).toBe(true);
    const stories = workspace.vision?.stories ?? [];
    const names = (workspace.vision?.characters ?? []).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Alan", "Barbara", "Grace", "Niklaus"]));
    for (const character of workspace.vision?.characters ?? []) {
      const html = await page(out, sitePaths.character(character.id));
      const own = stories.filter((s) => s.characters.includes(character.id));
      expect(own.length, character.name).toBeGreaterThan(0);
      for (const story of own)
        expect(html, `${character.name} → ${story.id}`).toContain(
          `href="${sitePaths.story(story.id)}"`,
        );
    }
    const retellings = stories.filter((s) => s.kind === "shiny-future" && s.retells.length);
    expect(retellings.length).toBeGreaterThan(0);
    for (const story of retellings) {
      const html = await page(out, sitePaths.story(story.id));
      for (const original of story.retells) {
        expect(html, `${story.id} retells ${original}`).toContain(
          `href="${sitePaths.story(original)}"`,
        );
        const back = await page(out, sitePaths.story(original));
        expect(back, `${original} is retold by ${story.id}`).toContain(
          `href="${sitePaths.story(story.id)}"`,
        );
      }
    }
  }, 120_000);
});
