import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { testdir } from "./helpers/testdir.js";

// The real corpora, read in place: the site builds from any layout's model, and content links
// that point nowhere become text instead of broken links in the output.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "corpus");

describe.each(["wg-async", "rust-project-goals"])("waymark build on the %s corpus", (name) => {
  const dir = join(CORPUS, name);
  it.skipIf(!existsSync(dir))(
    "builds with every internal link resolving",
    async () => {
      const out = await testdir({});
      const result = await buildSite({ dir, out, date: "2024-09-15" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.broken).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.stats.routes).toBeGreaterThan(100);
      const json = JSON.parse(await readFile(join(out, "waymark.json"), "utf8"));
      expect(json.layout).toBe(name);
    },
    120_000,
  );
});
