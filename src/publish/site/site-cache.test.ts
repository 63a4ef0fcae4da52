import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_DIR, SiteCache } from "./site-cache.js";

describe("SiteCache.save", () => {
  let out = "";
  afterEach(() => rm(out, { recursive: true, force: true }));

  it("writes the sorted manifest as JSON.stringify would, with entries replaced since", async () => {
    out = await mkdtemp(join(tmpdir(), "waymark-cache-"));
    const cache = SiteCache.empty(out);
    const page = { links: ['/a/"q"', "#x"], ids: ["x"] };
    cache.manifest.routes = {
      "/b/": { key: "k1", out: "o1", page },
      "/a/": { key: "k2", out: "o2" },
    };
    const file = join(out, CACHE_DIR, "site.json");
    const expected = (routes: object) => `${JSON.stringify({ format: 1, routes })}\n`;
    await cache.save();
    expect(await readFile(file, "utf8")).toBe(
      expected({ "/a/": cache.manifest.routes["/a/"], "/b/": cache.manifest.routes["/b/"] }),
    );
    // A rebuild replaces the entries of changed routes and keeps the others' objects.
    const kept = cache.manifest.routes["/a/"]!;
    cache.manifest = { format: 1, routes: { "/a/": kept, "/b/": { key: "k3", out: "o3" } } };
    await cache.save();
    expect(await readFile(file, "utf8")).toBe(
      expected({ "/a/": kept, "/b/": { key: "k3", out: "o3" } }),
    );
    expect((await SiteCache.load(out)).manifest).toEqual(cache.manifest);
  });
});
