import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testdir } from "../../../../test/helpers/testdir.js";
import type { Workspace } from "../../../model/types.js";
import { runPipeline } from "../../../pipeline/run-pipeline.js";
import { SITE_JS } from "../assets/site-js.js";
import { SITE_CSP } from "../content-security-policy.js";
import { siteRoutes } from "../routes.js";
import { Shell } from "../shell.js";
import { buildSiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { SEARCH_KINDS, type SearchIndexFile, searchDocuments } from "./search-documents.js";
import { SEARCH_LIBRARY_INTEGRITY } from "./search-library.js";
import { SUMMARY_LENGTH } from "./summary-text.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "..", "..", "examples", "async-wg");
const OPTIONS = { date: "2024-09-15" };

describe("searchDocuments on examples/async-wg", () => {
  let ws: Workspace;
  let index: SearchIndexFile;
  const find = (title: string) => index.documents.find((d) => d[1] === title);
  const kindOf = (title: string) => SEARCH_KINDS[find(title)?.[0] ?? -1];

  beforeAll(async () => {
    ({ workspace: ws } = await runPipeline(EXAMPLE, { check: false }));
    index = searchDocuments(buildSiteIndex(ws, OPTIONS));
  });

  it("lists every goal and initiative with its kind, first words and page", () => {
    expect(find("Async fn everywhere")).toEqual([
      SEARCH_KINDS.indexOf("Goal"),
      "Async fn everywhere",
      expect.stringMatching(/^Async functions work everywhere sync functions do/),
      "goals/async-fn-everywhere/",
    ]);
    expect(kindOf("Tokio console")).toBe("Initiative");
    const items = index.documents.filter((d) => d[0] <= 1);
    expect(items).toHaveLength(new Set(ws.items.map((i) => i.id)).size);
  });

  it("lists slates, stories, characters, free pages, people and teams", () => {
    expect(kindOf("Alan needs async in traits")).toBe("Status quo story");
    expect(kindOf("Alan")).toBe("Character");
    expect(find("Alan")?.[3]).toBe("vision/characters/alan/");
    const kinds = new Set(index.documents.map((d) => SEARCH_KINDS[d[0]]));
    // The example has one of every kind.
    expect([...kinds].sort()).toEqual([...SEARCH_KINDS].sort());
    expect(index.documents.find((d) => d[3] === "periods/2024h2/")?.[1]).toBe(
      "The 2024H2 goal slate",
    );
    expect(index.documents.find((d) => d[3] === "people/tmandry/")?.[0]).toBe(
      SEARCH_KINDS.indexOf("Person"),
    );
  });

  it("links each document to a page the site builds, once, with a short text", () => {
    const built = new Set(siteRoutes(ws, OPTIONS).routes.map((r) => r.path));
    const paths = index.documents.map((d) => `/${d[3]}`);
    expect(paths.filter((p) => !built.has(p))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
    for (const [, title, text] of index.documents) {
      expect(title.trim()).not.toBe("");
      expect(text.length).toBeLessThanOrEqual(SUMMARY_LENGTH);
      // Plain text: no Markdown link or emphasis syntax, one line.
      expect(text).not.toMatch(/\]\(|\*\*|\n/);
    }
  });

  it("passes over an opening paragraph that several pages share for the next one", async () => {
    const notice = "This is a draft story, submitted while brainstorming.";
    const story = (n: number) =>
      `---\ntitle: Story ${n}\n---\n\n${notice}\n\nWhat happened to Alan the ${n}th time.\n`;
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "vision/README.md": "# Vision\n",
      "vision/status-quo/one.md": story(1),
      "vision/status-quo/two.md": story(2),
      "vision/status-quo/three.md": story(3),
      "goals/a.md": `---\ntitle: A\n---\n\n## Impact\n\n${notice}\n`,
    });
    const { workspace } = await runPipeline(dir, { check: false });
    const texts = searchDocuments(buildSiteIndex(workspace, OPTIONS)).documents.map((d) => [
      d[1],
      d[2],
    ]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ["Story 1", "What happened to Alan the 1th time."],
        ["Story 3", "What happened to Alan the 3th time."],
        // Nothing else to say: no text rather than the notice every story opens with.
        ["A", ""],
      ]),
    );
  });

  it("is served as /search-index.json, keyed by the sources' digest when there is one", () => {
    const routes = siteRoutes(ws, { ...OPTIONS, sourceDigest: "abc" }).routes;
    const route = routes.find((r) => r.path === sitePaths.searchIndex)!;
    expect(route.key).toBe("abc");
    expect(JSON.parse(route.render(undefined as never))).toEqual(index);
    const library = routes.find((r) => r.path === sitePaths.searchLibrary)!;
    expect(library.render(undefined as never)).toMatch(/^\/\*! MiniSearch \d+\.\d+\.\d+ \|/);
    expect(library.render(undefined as never)).not.toContain("sourceMappingURL");
  });

  it("puts a hidden box in every page's header that gives site.js the site's base", () => {
    const site = siteRoutes(ws, { ...OPTIONS, baseUrl: "https://example.org/wg/" });
    const shell = new Shell(site.shell, ws.documents);
    const html = site.routes
      .find((r) => r.path === sitePaths.story("alan-needs-async-in-traits"))!
      .render(shell);
    const header = html.slice(html.indexOf("<header"), html.indexOf("</header>"));
    expect(header).toContain(
      '<search id="site-search" class="site-search" hidden data-base="/wg/"',
    );
    // site.js finds the index and the library under that base, the library by its hash.
    expect(SITE_JS).toContain(`var INDEX = base + "search-index.json";`);
    expect(SITE_JS).toContain(`var LIBRARY = base + "assets/minisearch.js";`);
    expect(SITE_JS).toContain(`var LIBRARY_INTEGRITY = "${SEARCH_LIBRARY_INTEGRITY}";`);
    expect(SITE_CSP).toContain(`'${SEARCH_LIBRARY_INTEGRITY}'`);
  });
});
