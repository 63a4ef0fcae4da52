import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import type { Workspace } from "../model/types.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { type NewRequest, planNew } from "./plan-new.js";

const FILES = {
  "waymark.yaml":
    "group: { name: G }\npeople: { alice: }\nteams: { lang: }\nperiods: [{ id: 2025h1 }]\n",
  "periods/2025h2.md": "---\nthemes: [{ id: async, title: Async }]\n---\n",
  "goals/a/index.md": "---\ntitle: A\nstate: help-wanted\n---\n",
  "vision/characters/zoe.md": "---\nname: Zoë\nvalue: Speed\n---\n",
  "vision/stories/shiny-future/later.md": "---\ntitle: Later\nretells: []\n---\n",
};

let cached: Workspace | undefined;
async function plan(request: Partial<NewRequest>) {
  cached ??= (await runPipeline(await testdir(FILES), { check: false })).workspace;
  return planNew(cached, { kind: "goal", title: "New thing", ...request });
}

describe("planNew", () => {
  it("puts an initiative in its parent's folder, whatever the parent's file is called", async () => {
    const result = await plan({ kind: "initiative", title: "Part", parent: "a" });
    expect(result).toMatchObject({ ok: true, id: "part", file: { path: "goals/a/part.md" } });
  });

  it("accepts owners that are people or teams, and a period from the config or a page", async () => {
    expect((await plan({ owners: ["alice", "lang"], period: "2025h1" })).ok).toBe(true);
    expect((await plan({ period: "2025h2", theme: "async" })).ok).toBe(true);
  });

  it("dates a half-year period and creates a page for a period only the config lists", async () => {
    const result = await plan({ kind: "period", title: "2025H1" });
    expect(result.ok && result.file.text).toContain("start: 2025-01-01\nend: 2025-06-30\n");
  });

  it.each<[string, Partial<NewRequest>, object]>([
    ["an id taken by a goal", { title: "A" }, { problem: "duplicate-id", id: "a" }],
    ["a period page that exists", { kind: "period", title: "2025h2" }, { problem: "duplicate-id" }],
    ["an invalid --id", { id: "Not Valid" }, { problem: "invalid-id" }],
    ["an unknown owner", { owners: ["bob"] }, { problem: "unknown", referent: "owner" }],
    ["an unknown period", { period: "2030h1" }, { problem: "unknown", referent: "period" }],
    [
      "a theme the period lacks",
      { period: "2025h2", theme: "x" },
      { problem: "unknown", referent: "theme", known: ["async"] },
    ],
    ["a theme without a period", { theme: "async" }, { problem: "theme-without-period" }],
    ["an initiative without a parent", { kind: "initiative" }, { problem: "needs-parent" }],
    [
      "an unknown character",
      { kind: "story", characters: ["zed"] },
      { problem: "unknown", referent: "character", known: ["zoe"] },
    ],
    [
      "a retelling of a story that is not status-quo",
      { kind: "story", storyKind: "shiny-future", retells: ["later"] },
      { problem: "unknown", referent: "status-quo story" },
    ],
    [
      "--retells on a status-quo story",
      { kind: "story", retells: ["later"] },
      { problem: "retells-from-status-quo" },
    ],
  ])("refuses %s", async (_, request, problem) => {
    expect(await plan(request)).toMatchObject({ ok: false, ...problem });
  });

  it("refuses control characters and newlines in titles and other free text", async () => {
    for (const title of ["One\nTwo", "Tab\there", "Esc \u001b[31m", "Bidi \u202e", "CR\r"])
      expect(await plan({ title })).toMatchObject({
        ok: false,
        problem: "control-characters",
        field: "title",
        value: title,
      });
    expect(await plan({ kind: "character", title: "Ann", value: "a\nb" })).toMatchObject({
      problem: "control-characters",
      field: "--value",
    });
    expect(await plan({ kind: "story", title: "S", sources: ["ok", "x\u0007"] })).toMatchObject({
      problem: "control-characters",
      field: "--source",
    });
    expect((await plan({ title: "Naïve 🦀 title — fine" })).ok).toBe(true);
  });

  it("refuses a workspace of another layout", async () => {
    const ws = (await runPipeline(await testdir(FILES), { check: false })).workspace;
    expect(planNew({ ...ws, layout: "wg-async" }, { kind: "goal", title: "X" })).toMatchObject({
      ok: false,
      problem: "not-native",
    });
  });
});
