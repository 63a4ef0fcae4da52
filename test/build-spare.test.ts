import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  unlink,
  writeFile,
} from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { planInit } from "../src/create/plan-init.js";
import { buildSite } from "../src/publish/site/build-site.js";
import { STATE_FILE } from "../src/publish/site/build-state.js";
import { CACHE_DIR } from "../src/publish/site/cache-paths.js";
import { siblings } from "../src/publish/site/output-folder.js";
import { testdir } from "./helpers/testdir.js";

const DATE = "2026-03-01";

/**
 * A playground: `ws/` the init sample, six goals more and a linked text file (copied into the
 * site), `home/` what an attacker would like written through a link, and `site/` the output.
 */
async function playground() {
  const files: Record<string, string> = {};
  for (const f of planInit({ name: "Spare", today: new Date(DATE) }))
    files[`ws/${f.path}`] = f.text;
  for (let i = 0; i < 6; i++) files[`ws/goals/g${i}.md`] = goal(i, "first");
  files["ws/goals/g0.md"] += "\nSee [the notes](notes.txt).\n";
  files["ws/goals/notes.txt"] = "notes\n";
  files["home/victim.html"] = "<p>not ours</p>\n";
  files["home/dir/index.html"] = "<p>not ours either</p>\n";
  const root = await testdir(files);
  const ws = join(root, "ws");
  const out = join(root, "site");
  return { root, ws, out, home: join(root, "home"), spare: siblings(out).spare };
}

const goal = (i: number, words: string) =>
  `---\ntitle: Goal ${i} ${words}\nstate: help-wanted\nperiod: 2026h1\n---\n\n## Impact\n\nGoal ${i}, ${words}.\n`;

const build = async (ws: string, out: string, force?: boolean) => {
  const result = await buildSite({ dir: ws, out, date: DATE, force });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
};

interface Tree {
  /** Each file's digest, the build state (inodes in its stamps) left out. */
  files: Record<string, string>;
  folders: string[];
  /** Each file's inode. */
  inodes: Record<string, bigint>;
}

/** Everything under `dir`: files with their digests, folders; a symlink or other kind fails. */
async function tree(dir: string): Promise<Tree> {
  const found: Tree = { files: {}, folders: [], inodes: {} };
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    const rel = path.slice(dir.length + 1);
    if (e.isDirectory()) {
      found.folders.push(rel);
      continue;
    }
    expect(e.isFile(), `${path} is a file`).toBe(true);
    if (rel === `${CACHE_DIR}/${STATE_FILE}`) continue;
    found.files[rel] = createHash("sha1")
      .update(await readFile(path))
      .digest("hex");
    found.inodes[rel] = (await lstat(path, { bigint: true })).ino;
  }
  found.folders.sort();
  return found;
}

/** The site a build from nothing makes of `ws`, beside `root`. */
async function fresh(ws: string): Promise<Tree> {
  const out = join(await testdir({}), "ref");
  await build(ws, out);
  return tree(out);
}

/** The output is exactly a fresh build's: same files, bytes and folders, nothing else. */
async function expectFresh(ws: string, out: string): Promise<Tree> {
  const [got, want] = [await tree(out), await fresh(ws)];
  expect(got.files).toEqual(want.files);
  expect(got.folders).toEqual(want.folders);
  return got;
}

/** The hidden siblings beside the output: only the spare may be left after a build. */
async function leftover(out: string): Promise<string[]> {
  return (await readdir(dirname(out))).filter((n) => n.includes("waymark-")).sort();
}

/** Which file-system object is at `path`: its inode, and its birth time (inodes are reused). */
const identity = async (path: string) => {
  const info = await lstat(path, { bigint: true });
  return `${info.ino}:${info.birthtimeNs}`;
};

/** A digest of everything under `dir` (not following links): names, kinds, modes, bytes, targets. */
async function snapshot(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const path of entries.map((e) => join(e.parentPath, e.name)).sort()) {
    const info = await lstat(path);
    hash.update(`${path}\0${info.mode}\0${info.ino}\0${info.mtimeMs}\0`);
    if (info.isSymbolicLink()) hash.update(await readlink(path));
    else if (info.isFile()) hash.update(await readFile(path));
  }
  return hash.digest("hex");
}

/** Builds twice with an edit between, so that a spare is beside the output. */
async function withSpare() {
  const place = await playground();
  await build(place.ws, place.out);
  await writeFile(join(place.ws, "goals/g1.md"), goal(1, "second"));
  await build(place.ws, place.out);
  expect(await leftover(place.out)).toEqual([".site.waymark-spare"]);
  return place;
}

describe("a build over a site of ours brings the spare tree up to date instead of making one", () => {
  it("gives exactly a fresh build's site through a run of edits, keeping unchanged files by inode", async () => {
    const { ws, out, spare } = await withSpare();
    const edits: [string, () => Promise<void>][] = [
      ["a goal changed", () => writeFile(join(ws, "goals/g2.md"), goal(2, "edited"))],
      ["a goal added", () => writeFile(join(ws, "goals/g9.md"), goal(9, "new"))],
      ["a goal removed", () => unlink(join(ws, "goals/g3.md"))],
      ["the copied file changed", () => writeFile(join(ws, "goals/notes.txt"), "notes, v2\n")],
      ["the added goal removed again", () => unlink(join(ws, "goals/g9.md"))],
    ];
    let before = await tree(out);
    for (const [edit, make] of edits) {
      await make();
      const taken = await identity(spare);
      const result = await build(ws, out);
      expect(result.stats.written, edit).toBeGreaterThan(0);
      // The spare became the site: its folder is the output's now.
      expect(await identity(out), edit).toBe(taken);
      const after = await expectFresh(ws, out);
      const kept = Object.keys(after.files).filter(
        (f) => !f.startsWith(CACHE_DIR) && before.files[f] === after.files[f],
      );
      expect(kept.length, edit).toBeGreaterThan(10);
      for (const file of kept)
        expect(after.inodes[file], `${edit}: ${file}`).toBe(before.inodes[file]);
      expect(await leftover(out), edit).toEqual([".site.waymark-spare"]);
      before = after;
    }
    const removed = Object.keys(before.files).filter((f) => /^goals\/g[39]/.test(f));
    expect(removed).toEqual([]);
    expect(before.files["files/goals/notes.txt"]).toBe(
      createHash("sha1").update("notes, v2\n").digest("hex"),
    );
  });

  it("never publishes what was planted in the spare, whatever its kind or place", async () => {
    const { ws, out, spare } = await withSpare();
    const site = await tree(out);
    const page = Object.keys(site.files).find((f) => /^goals\/[^/]+\/index\.html$/.test(f))!;
    await writeFile(join(spare, "planted.html"), "<p>planted</p>");
    await mkdir(join(spare, "planted/deep"), { recursive: true });
    await writeFile(join(spare, "planted/deep/index.html"), "<p>planted</p>");
    // A file the site has, replaced in the spare (a new inode: the site's own is untouched).
    await unlink(join(spare, "index.html"));
    await writeFile(join(spare, "index.html"), "<p>planted home</p>");
    // A file where the site has a folder, and a folder where it has a file.
    await rm(join(spare, dirname(page)), { recursive: true });
    await writeFile(join(spare, dirname(page)), "planted");
    await unlink(join(spare, "files/goals/notes.txt"));
    await mkdir(join(spare, "files/goals/notes.txt/x"), { recursive: true });
    await writeFile(join(ws, "goals/g2.md"), goal(2, "edited"));
    const taken = await identity(spare);
    await build(ws, out);
    expect(await identity(out)).toBe(taken);
    await expectFresh(ws, out);
    expect(existsSync(join(out, ".gitignore"))).toBe(false);
  });

  it.each([
    ["a file of it", "index.html", "victim.html"],
    ["a folder in it", "goals", "dir"],
    ["the spare itself", "", "dir"],
  ])(
    "discards a spare holding a symlink (%s) and writes nothing through it",
    async (_, at, target) => {
      const { ws, out, spare, home } = await withSpare();
      const path = join(spare, at);
      await rm(path, { recursive: true });
      await symlink(join(home, target), path);
      const outside = await snapshot(home);
      await writeFile(join(ws, "goals/g2.md"), goal(2, "edited"));
      const taken = await identity(spare);
      await build(ws, out);
      expect(await identity(out)).not.toBe(taken);
      await expectFresh(ws, out);
      expect(await snapshot(home)).toBe(outside);
      // The old tree is the spare now, a real folder.
      expect((await lstat(spare)).isDirectory()).toBe(true);
    },
  );

  it("leaves the spare alone when there is nothing to write", async () => {
    const { ws, out, spare } = await withSpare();
    const before = await snapshot(spare);
    for (let i = 0; i < 2; i++) expect((await build(ws, out)).stats.rendered).toBe(0);
    expect(await snapshot(spare)).toBe(before);
  });

  it("makes the tree an interrupted build left the spare, and brings it up to date next time", async () => {
    const { ws, out, spare } = await withSpare();
    const { next } = siblings(out);
    // What a build killed while it brought the spare up to date leaves: the spare, renamed.
    await rename(spare, next);
    await writeFile(join(next, "half-written.html"), "<p>half</p>");
    await writeFile(join(ws, "goals/g2.md"), goal(2, "edited"));
    const taken = await identity(next);
    await build(ws, out);
    expect(await identity(out)).toBe(taken);
    await expectFresh(ws, out);
    expect(await leftover(out)).toEqual([".site.waymark-spare"]);
  });

  it("removes a leftover tree that is a symlink, writing nothing where it points", async () => {
    const { ws, out, spare, home } = await withSpare();
    await rm(spare, { recursive: true });
    await symlink(join(home, "dir"), siblings(out).next);
    const outside = await snapshot(home);
    await writeFile(join(ws, "goals/g2.md"), goal(2, "edited"));
    await build(ws, out);
    await expectFresh(ws, out);
    expect(await snapshot(home)).toBe(outside);
    expect(await leftover(out)).toEqual([".site.waymark-spare"]);
    expect((await lstat(spare)).isDirectory()).toBe(true);
  });

  it("removes a spare whose output was deleted, never making it the site again", async () => {
    const { ws, out, spare } = await withSpare();
    await rm(out, { recursive: true });
    const taken = await identity(spare);
    await build(ws, out);
    expect(await identity(out)).not.toBe(taken);
    await expectFresh(ws, out);
    // A first build keeps no spare: there was no site of ours to keep.
    expect(await leftover(out)).toEqual([]);
  });

  it("removes the spare when the output is another's, rebuilt with --force", async () => {
    const { ws, out, spare } = await withSpare();
    await rm(out, { recursive: true });
    await mkdir(out);
    await writeFile(join(out, "CNAME"), "example.org\n");
    const before = await snapshot(spare);
    expect((await buildSite({ dir: ws, out, date: DATE })).refused?.reason).toBe("foreign");
    expect(await snapshot(spare)).toBe(before);
    await build(ws, out, true);
    expect(await leftover(out)).toEqual([]);
    expect(await readFile(join(out, "CNAME"), "utf8")).toBe("example.org\n");
    // From then on the site is ours: the next build that writes keeps the old tree as a spare.
    await writeFile(join(ws, "goals/g2.md"), goal(2, "edited"));
    await build(ws, out);
    expect(await leftover(out)).toEqual([".site.waymark-spare"]);
  });
});
