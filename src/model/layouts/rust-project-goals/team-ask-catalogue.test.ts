import { describe, expect, it } from "vitest";
import { readAskCatalogue } from "./team-ask-catalogue.js";

describe("readAskCatalogue", () => {
  it("reads [team_asks] in any TOML quoting", () => {
    const catalogue = readAskCatalogue(
      '[goals]\nx = 1\n\n[team_asks]\n\'Standard reviews\' = { short = \'r?\', elide = true }\n"Design meeting" = { short="Design mtg.", about="hold a meeting" }\n"Allocate funds" = "allocate funding"\n',
    );
    expect([...catalogue.values()]).toEqual([
      { name: "Standard reviews", short: "r?", elide: true },
      { name: "Design meeting", short: "Design mtg.", elide: false },
      { name: "Allocate funds", short: undefined, elide: false },
    ]);
    expect(catalogue.get("standard reviews")?.elide).toBe(true);
  });

  it("falls back to the default catalogue, reporting a syntax error", () => {
    const reported: string[] = [];
    const catalogue = readAskCatalogue("[team_asks\n", (d) => reported.push(d.ruleId));
    expect(reported).toEqual(["toml-syntax"]);
    expect(catalogue.get("standard reviews")?.elide).toBe(true);
  });
});
