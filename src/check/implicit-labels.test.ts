import { describe, expect, it } from "vitest";
import type { Workspace } from "../model/types.js";
import { isImplicitLabel } from "./implicit-labels.js";

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
