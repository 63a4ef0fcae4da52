import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { deserialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { planInit } from "../create/plan-init.js";
import { LineIndex } from "../diagnostics/line-index.js";
import { buildWorkspace } from "../model/build-workspace.js";
import { forgetPackedTrees, packTree, unpackTree } from "./pack-tree.js";
import { parseMarkdown, withParseCache } from "./parse-markdown.js";
import { CACHE_DIR, loadParsePack, PACK_FILE } from "./parse-pack.js";
import { readWorkspace } from "./read-workspace.js";

const workspace = () =>
  testdir(
    Object.fromEntries(
      planInit({ name: "Release", today: new Date("2026-03-01") }).map((f) => [f.path, f.text]),
    ),
  );

/** A workspace loaded through its parse pack, which is then saved. */
async function savedPack() {
  const dir = await workspace();
  const files = await readWorkspace(dir);
  const cache = await loadParsePack(files.root);
  const built = withParseCache(cache, () => buildWorkspace(files));
  await cache.save(files.root);
  return { dir, files, cache, built };
}

/** The entries a pack holds: past the version line and the 32-byte HMAC. */
const entriesOf = (bytes: Buffer) => deserialize(bytes.subarray(bytes.indexOf(10) + 1 + 32));

describe("a parse pack, once saved", () => {
  it("has written every entry first, and keeps what parsing made in memory", async () => {
    const { dir, files, cache, built } = await savedPack();
    const written = entriesOf(await readFile(join(dir, CACHE_DIR, PACK_FILE)));
    expect(written.size).toBe(cache.misses);
    expect(cache.misses).toBeGreaterThan(3);
    // The same objects, not parsed again: only the pack's copies were let go.
    const again = withParseCache(cache, () => buildWorkspace(files));
    expect(again.workspace.documents.map((d) => d.tree)).toEqual(
      built.workspace.documents.map((d) => d.tree),
    );
    for (const [i, doc] of again.workspace.documents.entries())
      expect(doc.tree).toBe(built.workspace.documents[i]?.tree);
    // A warm load of what was written parses nothing.
    const warm = await loadParsePack(files.root);
    withParseCache(warm, () => buildWorkspace(files));
    expect(warm.misses).toBe(0);
  });

  it("holds no entries any more, and a second save writes nothing", async () => {
    const { dir, files, cache } = await savedPack();
    const pack = join(dir, CACHE_DIR, PACK_FILE);
    const before = await stat(pack);
    expect(entriesOf(await cache.toBuffer()).size).toBe(0);
    await cache.save(files.root);
    expect((await stat(pack)).mtimeMs).toBe(before.mtimeMs);
  });

  it("keeps no entry for what is parsed after it was saved (serve's reloads)", async () => {
    const { cache } = await savedPack();
    const edited = withParseCache(cache, () => parseMarkdown("goals/new.md", "# New\n\nText.\n"));
    expect(edited.document.tree.children).toHaveLength(2);
    expect(entriesOf(await cache.toBuffer()).size).toBe(0);
  });

  it("packs a tree again, equal, after the packed copies are forgotten", () => {
    const text = "---\ntitle: T\n---\n\n# Heading\r\n\r\nOld\rMac *line* and [a link](x.md)\n";
    const { document } = parseMarkdown("a.md", text);
    const lines = new LineIndex(text);
    const first = packTree(document.tree, lines);
    expect(packTree(document.tree, lines)).toBe(first);
    forgetPackedTrees();
    const second = packTree(document.tree, lines);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(unpackTree(second, lines)).toEqual(document.tree);
  });
});
