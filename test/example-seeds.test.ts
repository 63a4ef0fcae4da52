import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Workspace } from "../src/model/types.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

// The example states as fact only what the seeds say; where they are silent its fields stay empty.
const EXAMPLE = join(import.meta.dirname, "..", "examples", "async-wg");
const SEEDS = needsShared("seeds");

const seed = (n: string) => readFile(sharedPath("seeds", `${n}.txt`), "utf8");

describe("examples/async-wg says only what the seeds say", SEEDS, () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = (await runPipeline(EXAMPLE, { check: false })).workspace;
  });

  it("has no design tenets: no seed lists them", () => {
    expect(ws.vision?.tenets).toEqual([]);
  });

  it("gives each character the value seed 004 names", async () => {
    const text = await seed("004_5f15c09fc49db94e");
    // "Grace … with the productivity benefits of memory safety. Alan … higher performance".
    expect(text).toMatch(/Grace.*benefits of memory safety/);
    expect(text).toMatch(/Alan.*higher performance/);
    const value = (id: string) => ws.vision?.characters.find((c) => c.id === id)?.value;
    expect(value("grace")).toBe("Memory safety");
    expect(value("alan")).toBe("Performance");
  });

  it("keeps seed 002's schedule phases word for word, 'begins' included", async () => {
    const text = await seed("002_6eae3ee41b5a6776");
    const phases = ws.vision?.schedule.map((p) => p.title) ?? [];
    expect(phases).toContain("2021 Q2 revision process begins");
    for (const phase of phases) expect(text).toContain(phase);
  });

  it("sets no meeting day, hour or time zone: seeds 000 and 003 give only how often", () => {
    expect(ws.config.cadences.map((c) => [c.id, c.everyDays])).toEqual([
      ["triage", 7],
      ["review", 14],
    ]);
    for (const c of ws.config.cadences) {
      expect(c.anchor).toBeUndefined();
      expect(c.time).toBeUndefined();
      expect(c.timezone).toBeUndefined();
    }
  });

  it("keeps seed 003's org-wide searches across rust-lang", async () => {
    const text = await seed("003_5de269d4e94ea50b");
    const urls = ws.config.group.links.map((l) => l.url);
    const uncategorized = urls.find((u) => u.includes("-label%3AAsyncAwait-Focus"));
    expect(uncategorized).toContain("org%3Arust-lang");
    expect(text).toContain(uncategorized);
  });
});
