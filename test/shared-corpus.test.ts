import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { testdir } from "./helpers/testdir.js";

/** The helper as a fresh import under the given environment (it reads WAYMARK_SHARED on load). */
async function helper(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./helpers/shared-corpus.js");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the shared-corpus helper", () => {
  it("finds the parts under WAYMARK_SHARED, and says which are missing", async () => {
    const root = await testdir({ "seeds/000_x.txt": "seed", "corpus/wg-async/book.toml": "" });
    const shared = await helper({ WAYMARK_SHARED: root, WAYMARK_REQUIRE_SHARED: "" });
    expect(shared.sharedPath("seeds", "000_x.txt")).toBe(join(root, "seeds", "000_x.txt"));
    expect(shared.sharedMissing("seeds")).toBeUndefined();
    expect(shared.needsShared("corpus/wg-async")).toEqual({ skip: false, meta: {} });
    const missing = `${join(root, "corpus", "rust-project-goals")} is missing`;
    expect(shared.sharedMissingAll()).toEqual([missing]);
    expect(shared.needsShared("corpus/rust-project-goals")).toEqual({
      skip: true,
      meta: { sharedMissing: missing },
    });
  });

  it("names the whole folder once when it is missing", async () => {
    const root = join(await testdir({}), "nowhere");
    const shared = await helper({ WAYMARK_SHARED: root, WAYMARK_REQUIRE_SHARED: "" });
    expect(shared.sharedMissingAll()).toEqual([`${root} is missing`]);
    expect(shared.needsShared("seeds").meta.sharedMissing).toBe(`${root} is missing`);
  });

  it("fails instead of skipping with WAYMARK_REQUIRE_SHARED=1", async () => {
    const root = join(await testdir({}), "nowhere");
    const shared = await helper({ WAYMARK_SHARED: root, WAYMARK_REQUIRE_SHARED: "1" });
    expect(() => shared.needsShared("seeds")).toThrow(
      `WAYMARK_REQUIRE_SHARED=1, but ${root} is missing: put the seeds and corpora`,
    );
  });
});
