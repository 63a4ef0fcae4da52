import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { readWorkspace } from "./read-workspace.js";
import { type FileStamps, stampOf, updateWorkspace } from "./update-workspace.js";

type Step = [path: string, content: string | Uint8Array | null];

/** Each batch of writes (null removes), then the update from exactly those paths. */
const BATCHES: Step[][] = [
  [["goals/a.md", "---\ntitle: A again\n---\n"]],
  [
    ["goals/b.md", "---\ntitle: B\n---\n"],
    ["goals/a.md", null],
    ["notes.txt", "now a link target\n"],
  ],
  [["goals/bin.md", new Uint8Array([0x23, 0x00, 0x01])]],
  [
    ["goals/bin.md", "# fixed\n"],
    ["goals/new/deep.md", "# deep\n"],
  ],
  [
    [".hidden/x.md", "# never read\n"],
    ["node_modules/x.md", "# never read\n"],
    ["waymark.yaml", "group: { name: Renamed }\n"],
  ],
  [
    ["goals/b.md", null],
    ["goals/gone.md", null],
  ],
];

describe("updateWorkspace", () => {
  it("reads only the reported paths and ends where reading the whole folder does", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\n---\n",
      "goals/bad.md": new Uint8Array([0xff, 0xfe]),
      "logo.png": new Uint8Array([1, 2, 3]),
    });
    let files = await readWorkspace(dir);
    const stamps: FileStamps = new Map();
    for (const batch of BATCHES) {
      const before = files;
      const snapshot = structuredClone({ ...before, files: [...before.files] });
      for (const [path, content] of batch) {
        if (content === null) await rm(join(dir, path), { force: true });
        else {
          await mkdir(join(dir, path, ".."), { recursive: true });
          await writeFile(join(dir, path), content);
        }
      }
      files = await updateWorkspace(
        files,
        batch.map(([path]) => path),
        stamps,
      );
      expect(files).toStrictEqual(await readWorkspace(dir));
      // The path set keeps its identity unless a path came or went: caches are keyed by it.
      const same = [...files.paths].join() === [...before.paths].join();
      expect(files.paths === before.paths).toBe(same);
      // The previous value is never changed: the last model still refers to it.
      expect(structuredClone({ ...before, files: [...before.files] })).toStrictEqual(snapshot);
      for (const [path] of batch)
        if (!path.startsWith(".") && !path.startsWith("node_modules"))
          expect(stamps.get(path)).toBe(stampOf(join(dir, path)));
    }
    expect(files.diagnostics.map((d) => [d.span.file, d.ruleId])).toEqual([
      ["goals/bad.md", "binary-file"],
    ]);
  });
});
