import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../../../test/helpers/testdir.js";
import { ParseCache } from "../../../load/parse-markdown.js";
import { runPipeline } from "../../../pipeline/run-pipeline.js";
import { linkedFiles, mendAnchors } from "./link-index.js";

// serve's reloads: one parse cache, so that an unchanged file's document is the same object
// from one model to the next, and each function may give its last answer again.
describe("linked files and mended anchors across edits", () => {
  it("follow each edit that changes them, and only those", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\n---\n\n## Impact\n\nBig.\n",
      "goals/b.md": "---\ntitle: B\n---\n\nSee [a](a.md#Impact).\n",
      "goals/c.png": new Uint8Array([1, 2, 3]),
    });
    const parsed = new ParseCache();
    const state = async () => {
      const { workspace: ws } = await runPipeline(dir, { check: false, parsed });
      const pages = new Map([
        ["goals/a.md", "/goals/a/"],
        ["goals/b.md", "/goals/b/"],
      ]);
      return { linked: linkedFiles(ws), mended: mendAnchors(ws, pages) };
    };
    expect(await state()).toEqual({ linked: [], mended: { "goals/a.md#Impact": "impact" } });
    await writeFile(join(dir, "goals/b.md"), "---\ntitle: B2\n---\n\nSee [a](a.md#Impact).\n");
    expect(await state()).toEqual({ linked: [], mended: { "goals/a.md#Impact": "impact" } });
    await writeFile(
      join(dir, "goals/b.md"),
      "---\ntitle: B\n---\n\n![c](c.png) [a](a.md#Impact)\n",
    );
    expect((await state()).linked).toEqual(["goals/c.png"]);
    await writeFile(join(dir, "goals/a.md"), "---\ntitle: A\n---\n\n## Effect\n\nBig.\n");
    expect((await state()).mended).toEqual({ "goals/a.md#Impact": "" });
    await writeFile(join(dir, "goals/b.md"), "---\ntitle: B\n---\n\n[a](a.md#effect)\n");
    expect(await state()).toEqual({ linked: [], mended: {} });
  });
});
