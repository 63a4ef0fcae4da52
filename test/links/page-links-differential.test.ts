import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateWorkspace } from "../../bench/generate-workspace.js";
import { writeGeneratedWorkspace } from "../../bench/write-workspace.js";
import { ParseCache } from "../../src/load/parse-markdown.js";
import { loadSite } from "../../src/publish/site/load-site.js";
import { renderRouteLinked } from "../../src/publish/site/site-app.js";
import { scanPageLinks, tokenizePageLinks } from "../../src/render/site/links/page-links.js";
import { needsShared, sharedPath } from "../helpers/shared-corpus.js";

// The build takes each page's links as collected while it rendered (collect-links.ts), and reads
// back with a scanner for the plain HTML our renderers write (scan-page-links.ts) the pages whose
// links it could not collect; parse5's tokenizer reads the rest. On every page of the example,
// both real corpora and a generated workspace, both must give their links (no fallback) and
// exactly the links and ids parse5 finds, in the same order.

/** Pages of the site built from `dir` where the scanner and parse5 disagree, and the page count. */
async function differences(dir: string): Promise<{ pages: number; differ: string[] }> {
  const { site, source } = await loadSite({ dir, date: "2024-09-15" }, new ParseCache(), {});
  const differ: string[] = [];
  let pages = 0;
  for (const route of site.routes) {
    const { text: html, links: collected } = renderRouteLinked(source, route);
    if (!html.trimStart().toLowerCase().startsWith("<!doctype html")) continue;
    pages++;
    const scanned = scanPageLinks(html);
    const expected = JSON.stringify(tokenizePageLinks(html));
    if (!scanned) differ.push(`${route.path}: not read by the scanner`);
    else if (JSON.stringify(scanned) !== expected)
      differ.push(`${route.path}: scanned ${JSON.stringify(scanned)} ≠ ${expected}`);
    if (!collected) differ.push(`${route.path}: links not collected while rendering`);
    else if (JSON.stringify(collected) !== expected)
      differ.push(`${route.path}: collected ${JSON.stringify(collected)} ≠ ${expected}`);
  }
  return { pages, differ };
}

describe("page links: the scanner against parse5 on whole sites", () => {
  it("the example workspace", { timeout: 120_000 }, async () => {
    const { pages, differ } = await differences(
      join(import.meta.dirname, "../../examples/async-wg"),
    );
    expect(pages).toBeGreaterThan(20);
    expect(differ).toEqual([]);
  });

  for (const name of ["rust-project-goals", "wg-async"] as const)
    it(`the ${name} corpus`, { timeout: 180_000, ...needsShared(`corpus/${name}`) }, async () => {
      const { pages, differ } = await differences(sharedPath(`corpus/${name}`));
      expect(pages).toBeGreaterThan(20);
      expect(differ).toEqual([]);
    });

  const written: string[] = [];
  afterAll(() => Promise.all(written.map((dir) => rm(dir, { recursive: true, force: true }))));
  it("a generated workspace", { timeout: 180_000 }, async () => {
    const shape = { goals: 40, initiatives: 2, people: 12, stories: 8 };
    expect(generateWorkspace(shape).size).toBeGreaterThan(100);
    const ws = await writeGeneratedWorkspace(shape);
    written.push(ws.dir);
    const { pages, differ } = await differences(ws.dir);
    expect(pages).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });
});
