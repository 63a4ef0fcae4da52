import { chmod, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { planInit } from "../create/plan-init.js";
import { buildWorkspace } from "../model/build-workspace.js";
import { openWorkspace } from "../open-workspace.js";
import { withParseCache } from "./parse-markdown.js";
import { CACHE_DIR, fromPack, loadParsePack, PACK_FILE } from "./parse-pack.js";
import { readWorkspace } from "./read-workspace.js";

const CORPUS = join(import.meta.dirname, "..", "..", "..", "shared", "corpus");
const BROKEN = "goals/broken.md";

/** The init sample, a goal with broken front matter (diagnostics come from the pack too), and odd line endings. */
async function workspace(): Promise<string> {
  const files = Object.fromEntries(
    planInit({ name: "Cache", today: new Date("2026-03-01") }).map((f) => [f.path, f.text]),
  );
  return testdir({
    ...files,
    [BROKEN]: "---\ntitle: [unclosed\nowners: x\n---\n\n# Broken\n",
    // micromark counts a lone \r as a line ending and LineIndex does not: positions kept whole.
    "goals/endings.md": "---\r\ntitle: Endings\r\n---\r\n\r\n# Endings\r\n\r\nOld\rMac *line*\r\n",
  });
}

/** How many files the next cached load parses, and the pack it reads. */
async function misses(dir: string): Promise<number> {
  const files = await readWorkspace(dir);
  const cache = await loadParsePack(files.root);
  withParseCache(cache, () => buildWorkspace(files));
  return cache.misses;
}

const pack = (dir: string) => join(dir, CACHE_DIR, PACK_FILE);

describe("the parse pack", () => {
  it("gives the same model and diagnostics as parsing, cold and warm", async () => {
    const dir = await workspace();
    const plain = await openWorkspace(dir);
    expect(plain.diagnostics.length).toBeGreaterThan(0);
    expect(await openWorkspace(dir, { cache: true })).toStrictEqual(plain);
    expect(await misses(dir)).toBe(0);
    expect(await openWorkspace(dir, { cache: true })).toStrictEqual(plain);
    expect(await readdir(join(dir, CACHE_DIR))).toEqual([".gitignore", PACK_FILE]);
  });

  it("parses a changed file again, and only that one", async () => {
    const dir = await workspace();
    await openWorkspace(dir, { cache: true });
    await writeFile(join(dir, BROKEN), "---\ntitle: Mended\n---\n\n# Mended\n");
    expect(await misses(dir)).toBe(1);
    const cached = await openWorkspace(dir, { cache: true });
    expect(cached).toStrictEqual(await openWorkspace(dir));
    expect(await misses(dir)).toBe(0);
  });

  it("ignores a corrupt or foreign-version pack, and replaces it", async () => {
    const dir = await workspace();
    const plain = await openWorkspace(dir);
    await openWorkspace(dir, { cache: true });
    const good = await readFile(pack(dir));
    for (const bad of [
      Buffer.from("not a pack"),
      good.subarray(0, good.length >> 1),
      Buffer.concat([Buffer.from("0".repeat(64)), good.subarray(64)]),
    ]) {
      await writeFile(pack(dir), bad);
      expect(await openWorkspace(dir, { cache: true })).toStrictEqual(plain);
      expect(await misses(dir)).toBe(0);
    }
  });

  it("works in a read-only workspace, or where the cache cannot be written, writing nothing", async () => {
    const dir = await workspace();
    const plain = await openWorkspace(dir);
    await chmod(dir, 0o555);
    try {
      expect(await openWorkspace(dir, { cache: true })).toStrictEqual(plain);
      expect((await readdir(dir)).includes(CACHE_DIR)).toBe(false);
    } finally {
      await chmod(dir, 0o755);
    }
    await writeFile(join(dir, CACHE_DIR), "a file where the folder should be");
    expect(await openWorkspace(dir, { cache: true })).toStrictEqual(plain);
  });

  it("is neither read nor written with WAYMARK_CACHE=0", async () => {
    const dir = await workspace();
    process.env.WAYMARK_CACHE = "0";
    try {
      await openWorkspace(dir, { cache: true });
    } finally {
      delete process.env.WAYMARK_CACHE;
    }
    expect((await readdir(dir)).includes(CACHE_DIR)).toBe(false);
  });
});

describe("the parse pack on the real corpora", () => {
  for (const name of ["rust-project-goals", "wg-async"]) {
    it(`reads ${name} back deep-equal to parsing it`, async () => {
      const files = await readWorkspace(join(CORPUS, name));
      const plain = buildWorkspace(files);
      const first = await fromPack(undefined);
      expect(withParseCache(first, () => buildWorkspace(files))).toStrictEqual(plain);
      const second = await fromPack(first.toBuffer());
      expect(withParseCache(second, () => buildWorkspace(files))).toStrictEqual(plain);
      expect(second.misses).toBe(0);
    });
  }
});
