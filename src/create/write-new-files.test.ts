import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { writeNewFiles } from "./write-new-files.js";

/** Every file under a folder, relative, sorted. */
async function tree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1) + (e.isDirectory() ? "/" : ""))
    .sort();
}

describe("writeNewFiles", () => {
  it("refuses to write through a symlinked folder, writing nothing anywhere", async () => {
    const elsewhere = await testdir({ "keep.txt": "K" });
    const root = await testdir({});
    await symlink(elsewhere, join(root, "goals"));
    const result = await writeNewFiles(root, [
      { path: "a.md", text: "A" },
      { path: "goals/x.md", text: "X" },
    ]);
    expect(result).toEqual({ ok: false, failed: "goals/x.md", reason: "goals is a symlink" });
    expect(await readdir(elsewhere)).toEqual(["keep.txt"]);
    expect(await readdir(root)).toEqual(["goals"]);
  });

  it("creates files and their folders", async () => {
    const root = await testdir({});
    const result = await writeNewFiles(root, [
      { path: "a.md", text: "A" },
      { path: "x/y/b.md", text: "B" },
    ]);
    expect(result).toEqual({ ok: true, written: ["a.md", "x/y/b.md"] });
    expect(await readFile(join(root, "x/y/b.md"), "utf8")).toBe("B");
  });

  it("refuses when any target exists, and writes nothing", async () => {
    const root = await testdir({ "b.md": "mine" });
    const result = await writeNewFiles(root, [
      { path: "new/a.md", text: "A" },
      { path: "b.md", text: "B" },
    ]);
    expect(result).toEqual({ ok: false, existing: ["b.md"] });
    expect(await tree(root)).toEqual(["b.md"]);
    expect(await readFile(join(root, "b.md"), "utf8")).toBe("mine");
  });

  it("never overwrites a file that appears after the first pass, and undoes its own writes", async () => {
    // The second entry targets the file the first one creates: only the `wx` flag catches that.
    const root = await testdir({ "keep.md": "K" });
    const result = await writeNewFiles(root, [
      { path: "d/e/a.md", text: "first" },
      { path: "d/e/a.md", text: "second" },
    ]);
    expect(result).toEqual({ ok: false, existing: ["d/e/a.md"] });
    expect(await tree(root)).toEqual(["keep.md"]);
  });

  it("reports a file-system refusal and keeps nothing", async () => {
    const root = await testdir({ blocker: "a file where a folder should be" });
    await mkdir(join(root, "ok"));
    const result = await writeNewFiles(root, [
      { path: "ok/a.md", text: "A" },
      { path: "blocker/b.md", text: "B" },
    ]);
    expect(result).toMatchObject({ ok: false, failed: "blocker/b.md" });
    expect(await tree(root)).toEqual(["blocker", "ok/"]);
  });

  it("leaves a folder it did not make, even when emptied", async () => {
    const root = await testdir({});
    await mkdir(join(root, "d"));
    await writeFile(join(root, "d", "x.md"), "x");
    const result = await writeNewFiles(root, [
      { path: "d/a.md", text: "A" },
      { path: "d/x.md", text: "B" },
    ]);
    expect(result).toEqual({ ok: false, existing: ["d/x.md"] });
    expect(await tree(root)).toEqual(["d/", "d/x.md"]);
  });
});
