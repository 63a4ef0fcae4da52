import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ParseCache } from "../src/load/parse-markdown.js";
import { updateWorkspace } from "../src/load/update-workspace.js";
import { type LoadedSite, loadSite, type SiteMemo } from "../src/publish/site/load-site.js";
import { renderRoute } from "../src/publish/site/site-app.js";
import { EXAMPLE } from "./browser/example-site.js";

// The differential test of serve's incremental state: after each edit of a sequence, the site
// serve holds (files updated from the changed paths, parses and items kept in memory, the check
// run after the swap) renders the same pages and files, with the same diagnostics, as a fresh
// load of the folder as it now stands.
const DATE = "2024-09-15";

/** Every route rendered, by path, and the copied files: what a request can get. */
function rendered(site: LoadedSite): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, route] of site.source.routes) out.set(path, renderRoute(site.source, route));
  for (const [path, file] of site.source.files) out.set(path, `copied from ${file}`);
  return out;
}

describe("serve's incremental state, against a fresh load after each edit", () => {
  let dir: string;
  const parsed = new ParseCache();
  const memo: SiteMemo = { checkLater: true };
  const input = () => ({ dir, date: DATE, baseUrl: "/wg/" });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "waymark-incremental-"));
    await cp(EXAMPLE, dir, { recursive: true, filter: (path) => !path.includes(".waymark") });
    // A file the site copies once a page links to it.
    await writeFile(join(dir, "goals/diagram.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    await loadSite(input(), parsed, {}, memo);
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const edit = async (path: string, change: (text: string) => string | undefined) => {
    const file = join(dir, path);
    const text = await readFile(file, "utf8").catch(() => "");
    const next = change(text);
    if (next === undefined) await rm(file);
    else await writeFile(file, next);
    return path;
  };

  // Each edit, and how serve makes its model: patched from the last one (a goal file's text,
  // its id and order kept: Layout.patch) or built from every file.
  const EDITS: [string, () => Promise<string[]>, "patched" | "built"][] = [
    [
      "a goal's title",
      async () => [await edit("goals/polish.md", retitle("Polish, retitled"))],
      "patched",
    ],
    [
      "an initiative's state, which its goal's progress and the roadmap show",
      async () => [
        await edit("goals/polish/error-messages.md", (t) =>
          t.replace(/^state: .*$/m, "state: done"),
        ),
      ],
      "patched",
    ],
    [
      "a link to another goal's heading, its fragment off by case, and an image",
      async () => [
        await edit(
          "goals/documentation.md",
          (t) => `${t}\nSee [its impact](polish.md#Impact) and ![a diagram](diagram.png).\n`,
        ),
      ],
      "patched",
    ],
    [
      "the heading that link names renamed",
      async () => [await edit("goals/polish.md", (t) => t.replace("## Impact", "## Effect"))],
      "patched",
    ],
    [
      "the image link taken out",
      async () => [
        await edit("goals/documentation.md", (t) =>
          t.replace(" and ![a diagram](diagram.png)", ""),
        ),
      ],
      "patched",
    ],
    [
      "a milestone done, which its initiative's progress counts",
      async () => [
        await edit("goals/async-fn-everywhere/fundamentals.md", (t) =>
          t.replace(
            "| Evaluation doc for async drop | 🦀 |",
            "| Evaluation doc for async drop | ✅ |",
          ),
        ),
      ],
      "patched",
    ],
    [
      "a value made invalid",
      async () => [
        await edit("goals/polish.md", (t) => t.replace(/^state: .*$/m, "state: <b>bogus</b>")),
      ],
      "patched",
    ],
    [
      "a goal's order, which moves it among its siblings",
      async () => [await edit("goals/polish.md", (t) => t.replace(/^order: .*$/m, "order: 1"))],
      "built",
    ],
    [
      "a goal's id",
      async () => [
        await edit("goals/polish.md", (t) => t.replace(/^---\n/, "---\nid: polish-2\n")),
      ],
      "built",
    ],
    [
      "the id taken out again",
      async () => [await edit("goals/polish.md", (t) => t.replace(/^id: polish-2\n/m, ""))],
      "built",
    ],
    [
      "a story that stops naming a goal, and a new initiative",
      async () => [
        await edit("vision/stories/status-quo/alan-needs-async-in-traits.md", (t) =>
          t.replace(/^goals: .*$/m, "goals: [fundamentals]"),
        ),
        await edit(
          "goals/polish/new-step.md",
          () =>
            "---\ntitle: A new step\nstate: in-progress\nowners: eholk\n---\n\n## Impact\n\nSee [polish](../polish.md).\n",
        ),
      ],
      "built",
    ],
    ["the invalid value fixed", async () => [await edit("goals/polish.md", fixState)], "patched"],
    [
      "the group renamed in waymark.yaml, which every page shows",
      async () => [
        await edit("waymark.yaml", (t) =>
          t.replace("name: Async Foundations Working Group", "name: Async WG, renamed"),
        ),
      ],
      "built",
    ],
    [
      "the new initiative removed, and front matter broken elsewhere",
      async () => [
        await edit("goals/polish/new-step.md", () => undefined),
        await edit("goals/testing.md", (t) => t.replace(/^---\n/, "---\ntitle: [unclosed\n")),
      ],
      "built",
    ],
    [
      "another goal's title while one file's front matter is broken",
      async () => [await edit("goals/documentation.md", retitle("Docs, retitled"))],
      "patched",
    ],
  ];

  for (const [name, apply, how] of EDITS) {
    it(`after ${name}`, async () => {
      const changed = await apply();
      memo.files = await updateWorkspace(memo.files!, changed);
      for (const path of changed) memo.dates?.delete(path);
      const incremental = await loadSite(input(), parsed, {}, memo);
      expect(memo.model?.how).toBe(how);
      const fresh = await loadSite(input(), new ParseCache(), {});
      expect(await incremental.check()).toEqual(fresh.diagnostics);
      const [ours, theirs] = [rendered(incremental), rendered(fresh)];
      expect([...ours.keys()]).toEqual([...theirs.keys()]);
      for (const [path, text] of theirs) expect(ours.get(path), path).toBe(text);
    }, 60_000);
  }
});

function retitle(title: string) {
  return (text: string) => text.replace(/^title: .*$/m, `title: ${title}`);
}

function fixState(text: string): string {
  return text.replace(/^state: .*$/m, "state: in-progress");
}
