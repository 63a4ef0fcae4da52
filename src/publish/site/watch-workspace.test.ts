import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { type WorkspaceWatcher, watchWorkspace } from "./watch-workspace.js";

/** What the watcher reported: a path, "*" for "anything may have changed", "gone". */
async function watching(dir: string) {
  const seen: string[] = [];
  const watcher = await watchWorkspace(dir, {
    change: (path) => seen.push(path ?? "*"),
    gone: () => seen.push("gone"),
    error: (error) => seen.push(`error ${error.message}`),
  });
  /** Waits until `want` has been reported since the last call, and returns everything that was. */
  const until = async (want: (seen: string[]) => boolean) => {
    for (let waited = 0; !want(seen) && waited < 5000; waited += 20)
      await new Promise((done) => setTimeout(done, 20));
    return seen.splice(0);
  };
  return { watcher, until };
}

describe("watchWorkspace", () => {
  let open: WorkspaceWatcher | undefined;
  afterEach(() => open?.close());

  it("names each changed, added and removed file, relative and with forward slashes", async () => {
    const dir = await testdir({ "waymark.yaml": "x", "goals/a.md": "a" });
    const { watcher, until } = await watching(dir);
    open = watcher;
    await writeFile(join(dir, "goals/a.md"), "changed");
    expect(await until((s) => s.includes("goals/a.md"))).toContain("goals/a.md");
    await writeFile(join(dir, "goals/b.md"), "new");
    expect(await until((s) => s.includes("goals/b.md"))).toContain("goals/b.md");
    await rm(join(dir, "goals/a.md"));
    expect(await until((s) => s.includes("goals/a.md"))).toContain("goals/a.md");
  });

  it("leaves hidden and output folders alone", async () => {
    const dir = await testdir({ "waymark.yaml": "x", ".waymark/p": "p", "_site/i.html": "i" });
    const { watcher, until } = await watching(dir);
    open = watcher;
    await writeFile(join(dir, ".waymark/p"), "q");
    await writeFile(join(dir, "_site/i.html"), "j");
    await writeFile(join(dir, "waymark.yaml"), "y");
    expect(await until((s) => s.includes("waymark.yaml"))).toEqual(
      expect.not.arrayContaining([".waymark/p", "_site/i.html"]),
    );
  });

  it("watches a top-level folder made after the start, and what is put in it", async () => {
    const dir = await testdir({ "waymark.yaml": "x" });
    const { watcher, until } = await watching(dir);
    open = watcher;
    await mkdir(join(dir, "vision"));
    expect(await until((s) => s.includes("*"))).toContain("*");
    await writeFile(join(dir, "vision/a.md"), "a");
    expect(await until((s) => s.includes("vision/a.md"))).toContain("vision/a.md");
  });

  it("asks for a full re-read when a folder comes or goes", async () => {
    const dir = await testdir({ "waymark.yaml": "x", "goals/old/x.md": "x" });
    const { watcher, until } = await watching(dir);
    open = watcher;
    await mkdir(join(dir, "goals/new"));
    expect(await until((s) => s.includes("*"))).toContain("*");
    await rm(join(dir, "goals/old"), { recursive: true });
    expect(await until((s) => s.includes("*"))).toContain("*");
  });

  it("says when the folder goes, and watches it again when it is back", async () => {
    const parent = await testdir({ "ws/waymark.yaml": "x" });
    const dir = join(parent, "ws");
    const { watcher, until } = await watching(dir);
    open = watcher;
    await rename(dir, join(parent, "away"));
    expect(await until((s) => s.includes("gone"))).toContain("gone");
    await rename(join(parent, "away"), dir);
    expect(await until((s) => s.includes("*"))).toContain("*");
    await writeFile(join(dir, "waymark.yaml"), "back");
    expect(await until((s) => s.includes("waymark.yaml"))).toContain("waymark.yaml");
  });
});
