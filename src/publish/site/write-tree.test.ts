import { existsSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { siblings } from "./output-folder.js";
import { TreeWriter } from "./write-tree.js";

const bytes = (text: string) => ({ bytes: Buffer.from(text) });

/** An output folder holding a site of two pages, beside nothing else. */
async function site(): Promise<string> {
  const root = await testdir({ "out/index.html": "old home", "out/a/index.html": "old a" });
  return join(root, "out");
}

describe("TreeWriter", () => {
  it("writes files as they come into a tree beside the output, and swaps it in at the end", async () => {
    const out = await site();
    const writer = new TreeWriter(out);
    await writer.keep("a/index.html");
    await writer.write({ file: "index.html", ...bytes("new home") });
    // Written already, before the build has finished: nothing waits in memory.
    expect(await readFile(join(siblings(out).next, "index.html"), "utf8")).toBe("new home");
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("old home");
    const kept = (await stat(join(out, "a/index.html"))).ino;
    expect(await writer.finish({ keep: [], manifest: ["{}"], always: false })).toBe(true);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("new home");
    expect((await stat(join(out, "a/index.html"))).ino).toBe(kept);
    expect(existsSync(siblings(out).next) || existsSync(siblings(out).old)).toBe(false);
  });

  it("writes a manifest given in pieces as their text, a chunk at a time", async () => {
    const out = await site();
    const writer = new TreeWriter(out);
    await writer.write({ file: "index.html", ...bytes("new home") });
    const pieces = Array.from({ length: 8000 }, (_, i) => `"/p/${i}/é":{"key":"${i}"},`);
    expect(await writer.finish({ keep: [], manifest: pieces, always: false })).toBe(true);
    const written = await readFile(join(out, ".waymark-cache/site.json"), "utf8");
    expect(written.length).toBeGreaterThan(3 * 65_536);
    expect(written).toBe(pieces.join(""));
  });

  it("makes no tree when nothing is written, unless told to", async () => {
    const out = await site();
    const writer = new TreeWriter(out);
    await writer.keep("index.html");
    expect(existsSync(siblings(out).next)).toBe(false);
    expect(await writer.finish({ keep: [], manifest: ["{}"], always: false })).toBe(false);
    expect((await readdir(out)).sort()).toEqual(["a", "index.html"]);
    const again = new TreeWriter(out);
    await again.keep("index.html");
    expect(await again.finish({ keep: [], manifest: ["{}"], always: true })).toBe(true);
    expect((await readdir(out)).sort()).toEqual([".waymark-cache", "index.html"]);
  });

  it("leaves the output as it was and no tree behind when the build is abandoned", async () => {
    const out = await site();
    const writer = new TreeWriter(out);
    await writer.write({ file: "index.html", ...bytes("new home") });
    await writer.abandon();
    expect(existsSync(siblings(out).next)).toBe(false);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("old home");
  });

  it("tells its own file-system failures from anyone else's", async () => {
    const out = await site();
    const writer = new TreeWriter(out);
    await writer.write({ file: "index.html", ...bytes("new home") });
    const failure = await writer.keep("gone.html").catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "ENOENT" });
    expect(writer.threw(failure)).toBe(true);
    expect(writer.threw(new Error("a bug elsewhere"))).toBe(false);
    await writer.abandon();
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("old home");
  });

  it("with a spare: keeps the old tree as the spare, brings it up to date next time, and leaves it alone when nothing is written", async () => {
    const out = await site();
    const { spare } = siblings(out);
    const first = new TreeWriter(out, { spare: true });
    await first.keep("a/index.html");
    await first.write({ file: "index.html", ...bytes("home 2") });
    expect(await first.finish({ keep: [], manifest: ["{}"], always: false })).toBe(true);
    // The old tree, kept, with a .gitignore of its own that the next build removes.
    expect(await readFile(join(spare, "index.html"), "utf8")).toBe("old home");
    expect(await readFile(join(spare, ".gitignore"), "utf8")).toMatch(/^\*$/m);
    const idle = new TreeWriter(out, { spare: true });
    await idle.keep("index.html");
    expect(await idle.finish({ keep: [], manifest: ["{}"], always: false })).toBe(false);
    expect(await readFile(join(spare, ".gitignore"), "utf8")).toMatch(/^\*$/m);
    const taken = (await lstat(spare)).ino;
    const second = new TreeWriter(out, { spare: true });
    await second.keep("a/index.html");
    await second.write({ file: "b/c/index.html", ...bytes("new c") });
    await second.keep("index.html");
    expect(await second.finish({ keep: [], manifest: ["{}"], always: false })).toBe(true);
    expect((await lstat(out)).ino).toBe(taken);
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      ".waymark-cache",
      ".waymark-cache/site.json",
      "a",
      "a/index.html",
      "b",
      "b/c",
      "b/c/index.html",
      "index.html",
    ]);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("home 2");
    expect(await readFile(join(out, "a/index.html"), "utf8")).toBe("old a");
  });

  it("without a spare (a site not ours), removes any spare and the old tree", async () => {
    const out = await site();
    const { spare } = siblings(out);
    await mkdir(join(spare, "x"), { recursive: true });
    await writeFile(join(spare, "x/index.html"), "stale");
    const writer = new TreeWriter(out);
    await writer.write({ file: "index.html", ...bytes("new home") });
    expect(await writer.finish({ keep: [], manifest: ["{}"], always: false })).toBe(true);
    expect((await readdir(dirname(out))).sort()).toEqual(["out"]);
  });

  it("tells a failure to take the spare as its own, and leaves the output as it was", async () => {
    const out = await site();
    const { spare, next } = siblings(out);
    await mkdir(spare);
    // `next` holds something: renaming the spare onto it fails.
    await mkdir(join(next, "x"), { recursive: true });
    const writer = new TreeWriter(out, { spare: true });
    const failure = await writer.write({ file: "index.html", ...bytes("new") }).catch((e) => e);
    expect(failure).toMatchObject({ syscall: "rename" });
    expect(writer.threw(failure)).toBe(true);
    await writer.abandon();
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("old home");
  });
});
