import { describe, expect, it } from "vitest";
import { planImportMoves } from "../../src/publish/native/plan-native.js";
import { sitePaths } from "../../src/render/site/site-paths.js";
import { needsShared, sharedPath } from "../helpers/shared-corpus.js";
import { selectAll, sitePages } from "../helpers/site-pages.js";
import { testdir } from "../helpers/testdir.js";

const table = (rows: [string, string][]) =>
  ["| Metadata | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");

// A goal file with two subgoals, and a page that links to it: the link opens the goal.
const WORKSPACE = {
  "src/2025h1/README.md": "# 2025H1\n\nSee [the big goal](./big.md).\n",
  "src/2025h1/big.md": [
    "# The big goal",
    "",
    table([
      ["Point of contact", "@ann"],
      ["Status", "Accepted"],
    ]),
    "",
    "## Work items",
    "",
    "### First part",
    "",
    "| Task | Owner(s) | Notes |",
    "|---|---|---|",
    "| Build it | @bob | |",
    "",
    "### Second part",
    "",
    "| Task | Owner(s) | Notes |",
    "|---|---|---|",
    "| Ship it | @cy | |",
    "",
  ].join("\n"),
  "src/notes.md": "# Notes\n\nRead [the big goal](./2025h1/big.md).\n",
};

const hrefs = (html: string) =>
  selectAll(html, (el) => el.tagName === "a").map((a) => String(a.properties.href));

describe("a link to a file that holds several items", () => {
  it("opens the file's top item on the site, and import points it at the goal's file", async () => {
    const site = await sitePages(await testdir(WORKSPACE));
    const goal = site.ws.items.find((i) => i.id === "2025h1.big")!;
    expect(goal.children.length).toBe(2);
    expect(site.shell.data.pageOfFile["src/2025h1/big.md"]).toBe(sitePaths.item("2025h1.big"));
    expect(hrefs(site.page(sitePaths.page("src/notes.md")))).toContain(
      sitePaths.item("2025h1.big"),
    );
    const moves = planImportMoves(site.ws);
    const goalPath = moves.files.get("src/2025h1/big.md");
    expect(goalPath).toMatch(/big\.md$/);
    expect(goalPath).not.toMatch(/part/);
  });
});

describe("links to the corpora's multi-item files", () => {
  it("open 2024h2's Async and Rust-for-Linux goals, not their first task group", {
    timeout: 120_000,
    ...needsShared("corpus/rust-project-goals"),
  }, async () => {
    const site = await sitePages(sharedPath("corpus/rust-project-goals"));
    const pages = site.shell.data.pageOfFile;
    expect(pages["src/2024h2/async.md"]).toBe(sitePaths.item("2024h2.async"));
    expect(pages["src/2024h2/rfl_stable.md"]).toBe(sitePaths.item("2024h2.rfl_stable"));
    // Every item file opens its top item: an item without a parent in the same file.
    for (const item of site.ws.items) {
      const parent = site.ws.items.find((i) => i.id === item.parent);
      if (parent?.file === item.file)
        expect(pages[item.file], item.id).not.toBe(sitePaths.item(item.id));
    }
    const readme = site.page(sitePaths.period("2024h2"));
    expect(hrefs(readme)).toContain(sitePaths.item("2024h2.async"));
    const moves = planImportMoves(site.ws);
    expect(moves.files.get("src/2024h2/async.md")).not.toMatch(/send-bound/);
  });

  it("open wg-async's roadmap page itself, not the Type Alias Impl Trait row", {
    timeout: 120_000,
    ...needsShared("corpus/wg-async"),
  }, async () => {
    const site = await sitePages(sharedPath("corpus/wg-async"));
    const file = "src/vision/roadmap.md";
    const rows = site.ws.items.filter((i) => i.file === file);
    expect(rows.length).toBeGreaterThan(1);
    const page = site.shell.data.pageOfFile[file];
    expect(page).toBe(sitePaths.page(file));
    for (const row of rows) expect(page).not.toBe(sitePaths.item(row.id));
    // The page holds the roadmap's own prose; its overview rows are the site's roadmap now.
    expect(site.page(page!)).toContain("We categorize the goals and initiatives into four states");
    // And no page of the book shows a raw (((placeholder))).
    const raw = [...site.routes.keys()]
      .filter((path) => path.endsWith("/"))
      .filter((path) => site.page(path).includes("((("));
    expect(raw).toEqual([]);
  });
});
