import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seedStore } from "../seed-store.js";
import { findIssueByRef } from "../store.js";
import { buildAsyncWgSeed } from "./build-async-wg-seed.js";

const saved = JSON.parse(readFileSync("test/github/seeds/async-wg.json", "utf8"));

describe("the async-wg seed", () => {
  it("is what build-async-wg-seed.ts makes from the example's goal files", () => {
    expect(buildAsyncWgSeed()).toEqual(saved);
  });

  it("has the tracking issue each example goal names, with its title, owners and sub-issues", () => {
    const store = seedStore(saved);
    const tooling = findIssueByRef(store, "rust-lang/wg-async#232")!;
    expect(tooling).toMatchObject({ title: "Tooling", assignees: ["pnkfelix"], state: "OPEN" });
    expect(tooling.subIssues.map((ref) => findIssueByRef(store, ref)!.title)).toEqual([
      "Crashdump debugging",
      "Tokio console",
    ]);
    const closures = [...store.repos.get("rust-lang/rust-project-goals")!.issues.values()].find(
      (i) => i.title === "Stablilize async closures",
    )!;
    const updates = closures.comments.filter((c) => c.body.startsWith("TL;DR:"));
    expect(updates.length).toBeGreaterThan(3);
    for (const u of updates) expect(u.author).toBe("compiler-errors");
  });

  it("has an A-async-await area with focus, on-deck, other and untriaged issues", () => {
    const rust = seedStore(saved).repos.get("rust-lang/rust")!;
    const issues = [...rust.issues.values()];
    const count = (label?: string) =>
      issues.filter((i) =>
        label ? i.labels.includes(label) : !i.labels.some((l) => l.startsWith("AsyncAwait-")),
      ).length;
    expect(issues.every((i) => i.labels.includes("A-async-await"))).toBe(true);
    expect([
      count("AsyncAwait-Focus"),
      count("AsyncAwait-OnDeck"),
      count("AsyncAwait-Other"),
      count(),
    ]).toEqual([4, 16, 20, 22]);
    const focus = issues.filter((i) => i.labels.includes("AsyncAwait-Focus"));
    expect(focus.filter((i) => i.assignees.length === 0)).toHaveLength(1);
  });
});
