import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "./catalogue.js";
import { renderRulesDoc, STAGE_IDS } from "./rules-doc.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Sources of the load and model stages, every layout adapter included. */
async function stageSources(): Promise<string> {
  const dirs = [
    "src/load",
    "src/model",
    "src/model/markdown",
    ...["waymark", "wg-async", "rust-project-goals"].map((l) => `src/model/layouts/${l}`),
  ];
  const texts = await Promise.all(
    dirs.map(async (dir) => {
      const names = (await readdir(join(ROOT, dir))).filter(
        (n) => n.endsWith(".ts") && !n.endsWith(".test.ts"),
      );
      return Promise.all(names.map((n) => readFile(join(ROOT, dir, n), "utf8")));
    }),
  );
  return texts.flat().join("\n");
}

describe("docs/rules.md", () => {
  it("is the text the catalogue generates (run `npm run docs:rules`)", async () => {
    expect(await readFile(join(ROOT, "docs", "rules.md"), "utf8")).toBe(renderRulesDoc());
  });

  it("lists every rule once, with a kebab-case id", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("lists exactly the ids the load and model stages report", async () => {
    const source = await stageSources();
    const reported = [...source.matchAll(/(?:ruleId: |fail\(\s*)"([a-z-]+)"/g)].map((m) => m[1]);
    const listed = STAGE_IDS.map((s) => s.id);
    for (const id of listed) expect(source, id).toContain(`"${id}"`);
    // An adapter may also report a check rule's id (e.g. unknown-theme), documented with the rule.
    const known = [...listed, ...RULES.map((r) => r.id)];
    for (const id of reported) expect(known).toContain(id);
  });
});
