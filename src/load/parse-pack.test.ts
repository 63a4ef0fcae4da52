import { createHmac, randomBytes } from "node:crypto";
import { chmod, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";
import { testdir } from "../../test/helpers/testdir.js";
import { planInit } from "../create/plan-init.js";
import { buildWorkspace } from "../model/build-workspace.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { withParseCache } from "./parse-markdown.js";
import {
  CACHE_DIR,
  fromPack,
  loadParsePack,
  PACK_FILE,
  PackedParseCache,
  packRejections,
} from "./parse-pack.js";
import { parseVersion } from "./parse-version.js";
import { readWorkspace } from "./read-workspace.js";

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
    const plain = await runPipeline(dir, { check: false });
    expect(plain.diagnostics.length).toBeGreaterThan(0);
    expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
    expect(await misses(dir)).toBe(0);
    expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
    expect(await readdir(join(dir, CACHE_DIR))).toEqual([".gitignore", PACK_FILE]);
  });

  it("parses a changed file again, and only that one", async () => {
    const dir = await workspace();
    await runPipeline(dir, { cache: true, check: false });
    await writeFile(join(dir, BROKEN), "---\ntitle: Mended\n---\n\n# Mended\n");
    expect(await misses(dir)).toBe(1);
    const cached = await runPipeline(dir, { cache: true, check: false });
    expect(cached).toStrictEqual(await runPipeline(dir, { check: false }));
    expect(await misses(dir)).toBe(0);
  });

  it("is rewritten only once 2% of it changed: fewer changed files are parsed again each run", async () => {
    const goals = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [
        `goals/g${i}.md`,
        `---\ntitle: G${i}\n---\n\n# G${i}\n`,
      ]),
    );
    const dir = await testdir(goals);
    const plain = async () => runPipeline(dir, { check: false });
    await runPipeline(dir, { cache: true, check: false });
    const written = await readFile(pack(dir));
    await writeFile(join(dir, "goals/g1.md"), "---\ntitle: One\n---\n\n# One\n");
    await writeFile(join(dir, "goals/g2.md"), "---\ntitle: Two\n---\n\n# Two\n");
    for (let run = 0; run < 2; run++) {
      expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(await plain());
      expect(await readFile(pack(dir))).toEqual(written);
      expect(await misses(dir)).toBe(2);
    }
    await writeFile(join(dir, "goals/g3.md"), "---\ntitle: Three\n---\n\n# Three\n");
    expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(await plain());
    expect(await readFile(pack(dir))).not.toEqual(written);
    expect(await misses(dir)).toBe(0);
  });

  it("ignores a corrupt or foreign-version pack, and replaces it", async () => {
    const dir = await workspace();
    const plain = await runPipeline(dir, { check: false });
    await runPipeline(dir, { cache: true, check: false });
    const good = await readFile(pack(dir));
    for (const bad of [
      Buffer.from("not a pack"),
      good.subarray(0, good.length >> 1),
      Buffer.concat([Buffer.from("0".repeat(64)), good.subarray(64)]),
    ]) {
      await writeFile(pack(dir), bad);
      expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
      expect(await misses(dir)).toBe(0);
    }
  });

  it("works in a read-only workspace, or where the cache cannot be written, writing nothing", async () => {
    const dir = await workspace();
    const plain = await runPipeline(dir, { check: false });
    await chmod(dir, 0o555);
    try {
      expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
      expect((await readdir(dir)).includes(CACHE_DIR)).toBe(false);
    } finally {
      await chmod(dir, 0o755);
    }
    await writeFile(join(dir, CACHE_DIR), "a file where the folder should be");
    expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
  });

  it("is neither read nor written with WAYMARK_CACHE=0", async () => {
    const dir = await workspace();
    process.env.WAYMARK_CACHE = "0";
    try {
      await runPipeline(dir, { cache: true, check: false });
    } finally {
      delete process.env.WAYMARK_CACHE;
    }
    expect((await readdir(dir)).includes(CACHE_DIR)).toBe(false);
  });
});

/** A pack's parts: version line, HMAC, v8-serialized entries. */
async function split(bytes: Buffer) {
  const head = (await parseVersion()).length + 1;
  return {
    head: bytes.subarray(0, head),
    mac: bytes.subarray(head, head + 32),
    body: bytes.subarray(head + 32),
  };
}

/** The pack's entries with every goal's front matter giving a title that is not in its file. */
function forge(body: Buffer): Map<string, unknown> {
  const entries = deserialize(body) as Map<
    string,
    { data?: Record<string, unknown>; problems?: unknown[] }
  >;
  for (const [key, entry] of entries) {
    if (!key.startsWith("front-matter\0goals/") || !entry.data) continue;
    entry.data = { ...entry.data, title: "Forged title" };
    entry.problems = [];
  }
  return entries;
}

const titles = (result: Pick<Awaited<ReturnType<typeof runPipeline>>, "workspace">) =>
  result.workspace.items.map((i) => i.title);

describe("the parse pack is a cache, never an authority", () => {
  it("ignores a forged entry, whether signed by another machine or not signed at all", async () => {
    const dir = await workspace();
    const plain = await runPipeline(dir, { check: false });
    await runPipeline(dir, { cache: true, check: false });
    const { head, mac, body } = await split(await readFile(pack(dir)));
    const forged = serialize(forge(body));
    // Trusted, the forgery would change what check and status report: the test has teeth.
    const trusted = new PackedParseCache(forge(body), head.toString().trim());
    const files = await readWorkspace(dir);
    expect(titles(withParseCache(trusted, () => buildWorkspace(files)))).toContain("Forged title");
    const otherKey = createHmac("sha256", randomBytes(32));
    for (const part of [head, forged]) {
      const length = Buffer.alloc(8);
      length.writeBigUInt64BE(BigInt(part.length));
      otherKey.update(length).update(part);
    }
    for (const bad of [
      Buffer.concat([head, mac, forged]), // the old signature over new entries
      Buffer.concat([head, otherKey.digest(), forged]), // signed on the attacker's machine
      Buffer.concat([head, forged]), // the unsigned format of earlier versions
    ]) {
      const before = packRejections.packs;
      await writeFile(pack(dir), bad);
      const result = await runPipeline(dir, { cache: true, check: false });
      expect(result).toStrictEqual(plain);
      expect(titles(result)).not.toContain("Forged title");
      expect(packRejections.packs).toBe(before + 1);
    }
  });

  it("gives the right result after any single byte flip, and repairs the pack", async () => {
    const dir = await workspace();
    const plain = await runPipeline(dir, { check: false });
    await runPipeline(dir, { cache: true, check: false });
    const good = await readFile(pack(dir));
    // A fixed spread of positions through the version line, the HMAC and the entries.
    const positions = new Set([0, 63, 64, 65, 80, 96, 97, 98]);
    for (let i = 0; i < 40; i++)
      positions.add(Math.floor((((i * 7919) % 1000) / 1000) * good.length));
    for (const at of positions) {
      const bad = Buffer.from(good);
      bad[at] = (bad[at] ?? 0) ^ (1 << (at % 8));
      await writeFile(pack(dir), bad);
      expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
      expect(await misses(dir)).toBe(0);
    }
  });

  it("reports a rejected pack once with WAYMARK_VERBOSE=1", async () => {
    const dir = await workspace();
    await runPipeline(dir, { cache: true, check: false });
    const good = await readFile(pack(dir));
    good[good.length - 1] = (good.at(-1) ?? 0) ^ 0xff;
    const lines: string[] = [];
    const write = process.stderr.write;
    process.env.WAYMARK_VERBOSE = "1";
    packRejections.packs = packRejections.entries = 0;
    process.stderr.write = ((text: string) => lines.push(text) > 0) as typeof write;
    try {
      for (let i = 0; i < 2; i++) {
        await writeFile(pack(dir), good);
        await runPipeline(dir, { cache: true, check: false });
      }
    } finally {
      process.stderr.write = write;
      delete process.env.WAYMARK_VERBOSE;
    }
    expect(packRejections.packs).toBe(2);
    expect(lines).toEqual([
      "waymark: parse cache ignored (signature does not verify); files are parsed again\n",
    ]);
  });

  it("neither reads nor writes through a cache folder or pack that is a symlink", async () => {
    const dir = await workspace();
    const plain = await runPipeline(dir, { check: false });
    const elsewhere = await testdir({ "keep.txt": "untouched" });
    await symlink(elsewhere, join(dir, CACHE_DIR));
    expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
    expect(await readdir(elsewhere)).toEqual(["keep.txt"]);
    await rm(join(dir, CACHE_DIR));
    await mkdir(join(dir, CACHE_DIR));
    const target = join(elsewhere, "keep.txt");
    await symlink(target, pack(dir));
    expect(await runPipeline(dir, { cache: true, check: false })).toStrictEqual(plain);
    expect(await readFile(target, "utf8")).toBe("untouched");
  });
});

describe("the parse pack on the real corpora", () => {
  for (const name of ["rust-project-goals", "wg-async"] as const) {
    // Three loads of a whole corpus: give a busy machine time.
    it(`reads ${name} back deep-equal to parsing it`, {
      ...needsShared(`corpus/${name}`),
      timeout: 120_000,
    }, async () => {
      const files = await readWorkspace(sharedPath(`corpus/${name}`));
      const plain = buildWorkspace(files);
      // Not vacuous: the corpus really loaded, so two empty models cannot pass.
      expect(plain.workspace.layout).toBe(name);
      expect(plain.workspace.items.length).toBeGreaterThan(30);
      const first = await fromPack(undefined);
      expect(withParseCache(first, () => buildWorkspace(files))).toStrictEqual(plain);
      const second = await fromPack(await first.toBuffer());
      expect(withParseCache(second, () => buildWorkspace(files))).toStrictEqual(plain);
      expect(second.misses).toBe(0);
    });
  }
});
