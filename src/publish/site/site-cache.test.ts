import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_DIR, CACHE_FILE } from "./cache-paths.js";
import { SiteCache } from "./site-cache.js";

describe("the site manifest", () => {
  let out = "";
  afterEach(() => rm(out, { recursive: true, force: true }));
  const save = async (cache: SiteCache) => {
    await mkdir(join(out, CACHE_DIR), { recursive: true });
    await writeFile(join(out, CACHE_DIR, CACHE_FILE), await cache.text());
  };

  it("is the sorted routes as JSON.stringify would give them, signed, with entries replaced since", async () => {
    out = await mkdtemp(join(tmpdir(), "waymark-cache-"));
    const cache = SiteCache.empty(out);
    // Signed piece by piece, each framed by its bytes: text past ASCII must sign as it reads back.
    const page = { links: ['/a/"q"', "#x", "/é/✅/"], ids: ["x"] };
    cache.manifest.routes = {
      "/b/": { key: "k1", out: "o1", page },
      "/a/": { key: "k2", out: "o2" },
    };
    const routesOf = (text: string) => text.slice(text.indexOf('"routes":') + 9, -2);
    expect(routesOf(await cache.text())).toBe(
      JSON.stringify({ "/a/": cache.manifest.routes["/a/"], "/b/": cache.manifest.routes["/b/"] }),
    );
    expect(await cache.text()).toMatch(/^\{"format":2,"mac":"[0-9a-f]{64}","routes":\{/);
    expect((await cache.pieces()).join("")).toBe(await cache.text());
    // A rebuild replaces the entries of changed routes and keeps the others' objects.
    const kept = cache.manifest.routes["/a/"]!;
    cache.manifest = { format: 2, routes: { "/a/": kept, "/b/": { key: "k3", out: "o3" } } };
    expect(routesOf(await cache.text())).toBe(
      JSON.stringify({ "/a/": kept, "/b/": { key: "k3", out: "o3" } }),
    );
    await save(cache);
    const loaded = await SiteCache.load(out);
    expect(loaded.trusted).toBe(true);
    expect(loaded.manifest).toEqual(cache.manifest);
  });

  it("is not trusted when forged, edited, unsigned or of the old format", async () => {
    out = await mkdtemp(join(tmpdir(), "waymark-cache-"));
    const cache = SiteCache.empty(out);
    cache.manifest.routes = { "/a/": { key: "k", out: "o" } };
    const good = await cache.text();
    const file = join(out, CACHE_DIR, CACHE_FILE);
    await mkdir(join(out, CACHE_DIR));
    for (const bad of [
      good.replace('"k"', '"K"'),
      good.replace(/"mac":"[0-9a-f]{64}"/, `"mac":"${"0".repeat(64)}"`),
      '{"format":1,"routes":{"/a/":{"key":"k","out":"o"}}}\n',
      "not json",
    ]) {
      await writeFile(file, bad);
      const loaded = await SiteCache.load(out);
      expect(loaded.trusted).toBe(false);
      expect(loaded.manifest.routes).toEqual({});
    }
  });
});
