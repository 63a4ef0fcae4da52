import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueEntries, STAGE_TABLES, type Stage } from "../diagnostics/catalogue.js";
import { RULES } from "./all-rules.js";
import { renderRulesDoc } from "./rules-doc.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Where each stage's code lives: an id of the stage must be reported from there. */
const FOLDERS: Record<Stage, string[]> = {
  load: ["src/load"],
  model: ["src/model"],
  track: ["src/track"],
  check: ["src/check"],
  publish: ["src/render", "src/publish"],
};

/** The sources of a stage, tests left out. */
async function stageSource(stage: Stage): Promise<string> {
  const texts = await Promise.all(
    FOLDERS[stage].map(async (dir) => {
      const names = (await readdir(join(ROOT, dir), { recursive: true })).filter(
        (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n),
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

  it("lists each id under the stages whose code reports it", async () => {
    for (const stage of Object.keys(FOLDERS) as Stage[]) {
      const source = await stageSource(stage);
      const listed = catalogueEntries().filter((e) => e.stage === stage || e.also?.[stage]);
      const reported = [...source.matchAll(/(?:ruleId: |fail\(\s*)"([a-z-]+)"/g)].map((m) => m[1]);
      for (const id of reported)
        expect(
          listed.map((e) => e.id),
          stage,
        ).toContain(id);
      // Check rules report through their module's id, not a literal.
      if (stage === "check") continue;
      for (const { id } of listed) expect(source, `${stage}: ${id}`).toContain(`"${id}"`);
    }
  });
});
