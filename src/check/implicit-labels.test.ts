import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../test/helpers/check-dir.js";
import type { Workspace } from "../model/types.js";
import { isImplicitLabel, rustProjectGoalsLabelUrl } from "./implicit-labels.js";

const workspace = (layout: Workspace["layout"]) =>
  ({ layout, config: { teams: new Map([["lang", {}]]) } }) as unknown as Workspace;

describe("isImplicitLabel", () => {
  it("knows what rust-project-goals' preprocessor defines", () => {
    const rpg = workspace("rust-project-goals");
    for (const label of [
      "team",
      "help wanted",
      "complete",
      "lang",
      "rfc #3680",
      "rust-lang/rust#1",
      "#42",
    ])
      expect(isImplicitLabel(rpg, label), label).toBe(true);
    for (const label of ["heap wanted", "libs", "rustc-dev-guide#2663", "5"])
      expect(isImplicitLabel(rpg, label), label).toBe(false);
  });

  it("knows none in other layouts", () => {
    expect(isImplicitLabel(workspace("waymark"), "team")).toBe(false);
    expect(isImplicitLabel(workspace("wg-async"), "rust-lang/rust#1")).toBe(false);
  });
});

describe("rustProjectGoalsLabelUrl", () => {
  it("gives the URL book.toml and mdbook-goals give, keeping the case of what is linkified", () => {
    const { config } = workspace("rust-project-goals");
    expect(
      ["Help wanted", "lang", "RFC #3680", "Rust-Lang/Rust#1", "#42", "nope"].map((label) =>
        rustProjectGoalsLabelUrl(config, label),
      ),
    ).toEqual([
      "https://img.shields.io/badge/Help%20wanted-yellow",
      "https://www.rust-lang.org/governance/teams",
      "https://github.com/rust-lang/rfcs/pull/3680",
      "https://github.com/Rust-Lang/Rust/issues/1",
      "https://github.com/rust-lang/rust/issues/42",
      undefined,
    ]);
  });
});

describe("references: in waymark.yaml", () => {
  const config = (references: string) => `group: { name: G }\nreferences:\n${references}`;

  it("defines labels for every page, matched without regard to case, never reported unused", async () => {
    const found = await checkFiles({
      "waymark.yaml": config("  Help wanted: https://img.shields.io/badge/Help%20wanted-yellow\n"),
      "notes.md": "![Help wanted][] and [help WANTED], but not [Complete][].\n",
      "more/notes.md": "Also [help wanted] here.\n",
    });
    expect(found.map(lineOf)).toEqual([
      "notes.md:1:45: Unexpected reference to undefined label `Complete`, expected a definition `[Complete]: <url>`",
    ]);
  });

  it("reports a URL that is not a string, and a list, where they are written", async () => {
    const bad = await checkFiles({ "waymark.yaml": config("  board: 3\n") });
    expect(bad.filter((d) => d.ruleId === "invalid-value").map(lineOf)).toEqual([
      "waymark.yaml:3:10: Unexpected number 3 for `references.board`, expected string",
    ]);
    const list = await checkFiles({ "waymark.yaml": "group: { name: G }\nreferences: [a]\n" });
    expect(list.filter((d) => d.ruleId === "invalid-value").map(lineOf)).toEqual([
      "waymark.yaml:2:13: Unexpected list for `references`, expected record",
    ]);
  });
});
