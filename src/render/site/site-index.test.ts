import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { ParseCache } from "../../load/parse-markdown.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { buildSiteIndex } from "./site-index.js";

const goal = (title: string, owners: string) =>
  `---\ntitle: ${title}\nowners: [${owners}]\nteams: { lang: review }\n---\n`;

describe("buildSiteIndex across serve's reloads", () => {
  it("finds people and teams again when an edit changes who is named, not when it changes a title", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\nteams: { compiler: { name: Compiler } }\n",
      "goals/a.md": goal("A", "alice"),
      "goals/b.md": goal("B", "bob, compiler"),
    });
    // One parse cache, as serve keeps: an unchanged file's item keeps its lists.
    const parsed = new ParseCache();
    const index = async () => {
      const { workspace } = await runPipeline(dir, { check: false, parsed });
      return buildSiteIndex(workspace, { date: "2024-09-15" });
    };
    const first = await index();
    expect([first.people, first.teams]).toEqual([
      ["alice", "bob"],
      ["compiler", "lang"],
    ]);
    await writeFile(join(dir, "goals/a.md"), goal("A renamed", "alice"));
    expect((await index()).people).toEqual(["alice", "bob"]);
    await writeFile(join(dir, "goals/a.md"), goal("A renamed", "carol"));
    expect((await index()).people).toEqual(["bob", "carol"]);
    await writeFile(join(dir, "goals/b.md"), goal("B", "bob, compiler, dana"));
    const last = await index();
    expect([last.people, last.teams]).toEqual([
      ["bob", "carol", "dana"],
      ["compiler", "lang"],
    ]);
  });
});
