import { describe, expect, it } from "vitest";
import { sitePages } from "./helpers/site-pages.js";
import { testdir } from "./helpers/testdir.js";

// A period goal that needs an owner, with an initiative that asks for help too, and goals without
// owners that do not ask for any: the home page, the slate and the item pages must agree.
async function workspace(): Promise<string> {
  return testdir({
    "waymark.yaml": "group: { name: G }\npeople: { alice: {} }\n",
    "periods/2025h1.md": "---\ntitle: 2025H1\nstart: 2025-01-01\nend: 2025-06-30\n---\n",
    "goals/orphan.md": "---\ntitle: Orphan\nperiod: 2025h1\nstate: help-wanted\n---\n",
    "goals/orphan/part.md": "---\ntitle: Part\nstate: help-wanted\n---\n",
    "goals/owned.md": "---\ntitle: Owned\nperiod: 2025h1\nowners: alice\nstate: help-wanted\n---\n",
    "goals/quiet.md": "---\ntitle: Quiet\nperiod: 2025h1\nstate: in-progress\n---\n",
    "goals/idle.md": "---\ntitle: Idle\n---\n",
  });
}

describe("who owns what, said the same way on every page", () => {
  it("counts on the home page the goals the slate marks Owner needed, not their initiatives", async () => {
    const site = await sitePages(await workspace());
    const home = site.page("/");
    expect(home).toContain("2025H1</a>: one goal needs an owner.");
    expect(site.page("/periods/2025h1/").match(/Owner needed/g)).toHaveLength(1);
  });

  it("says None yet on an item page unless the item asks for help", async () => {
    const site = await sitePages(await workspace());
    const facts = (path: string) => site.page(path).split('id="facts"')[1]!.split("</dl>")[0]!;
    expect(facts("/goals/quiet/")).toContain("None yet");
    expect(facts("/goals/quiet/")).not.toContain("Owner needed");
    expect(facts("/goals/idle/")).toContain("None yet");
    expect(facts("/goals/orphan/")).toContain("Owner needed");
  });
});

describe("the vision page's fixed wording", () => {
  it("describes the story kinds without assuming what the group works on", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: Docs WG }\n",
      "vision/README.md": "---\ntitle: Vision\n---\n\nGood docs for all.\n",
    });
    const html = (await sitePages(dir)).page("/vision/");
    expect(html).not.toMatch(/async/i);
    expect(html).toContain("how things are today, from real experiences");
  });
});
