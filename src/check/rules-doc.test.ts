import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueEntries, STAGE_TABLES } from "../diagnostics/catalogue.js";
import { RULES } from "./all-rules.js";
import { renderRulesDoc } from "./rules-doc.js";

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

  it("lists every id once, in kebab-case", () => {
    const ids = Object.values(STAGE_TABLES).flatMap((table) => Object.keys(table));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const [stage, table] of Object.entries(STAGE_TABLES))
      for (const entry of Object.values(table)) expect(entry.stage).toBe(stage);
  });

  it("has one rule module for every check id, and no other", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const checkIds = catalogueEntries().filter((e) => e.stage === "check");
    expect(ids.sort()).toEqual(checkIds.map((e) => e.id).sort());
  });

  it("lists exactly the ids the load and model stages report", async () => {
    const source = await stageSources();
    const reported = [...source.matchAll(/(?:ruleId: |fail\(\s*)"([a-z-]+)"/g)].map((m) => m[1]);
    const early = (e: ReturnType<typeof catalogueEntries>[number]) =>
      e.stage === "load" || e.stage === "model" || e.also?.load || e.also?.model;
    const listed = catalogueEntries().filter(early);
    for (const { id } of listed) expect(source, id).toContain(`"${id}"`);
    for (const id of reported) expect(listed.map((e) => e.id)).toContain(id);
  });
});
