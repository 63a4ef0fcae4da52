import { describe, expect, it } from "vitest";
import type { Triage } from "../../model/types.js";
import { focusSearchUrl, uncategorisedSearchUrl } from "./triage-links.js";

const triage: Triage = {
  repositories: ["rust-lang/rust", "rust-lang/futures-rs"],
  areaLabel: "A-async-await",
  labels: { focus: "AsyncAwait-Focus", onDeck: "AsyncAwait OnDeck", other: "AsyncAwait-Other" },
  focusLimit: { min: 3, max: 5 },
  onDeckLimit: 25,
  agenda: [],
};
const query = (url: string) => new URL(url).searchParams.get("q");

describe("triage search links", () => {
  it("finds open issues with the area label and one focus label, in every repository", () => {
    expect(query(focusSearchUrl(triage, "AsyncAwait-Focus"))).toBe(
      "repo:rust-lang/rust repo:rust-lang/futures-rs is:issue is:open label:A-async-await label:AsyncAwait-Focus",
    );
  });

  it("quotes labels with spaces, and excludes all three for the uncategorised query", () => {
    expect(query(uncategorisedSearchUrl(triage))).toBe(
      'repo:rust-lang/rust repo:rust-lang/futures-rs is:issue is:open label:A-async-await -label:AsyncAwait-Focus -label:"AsyncAwait OnDeck" -label:AsyncAwait-Other',
    );
  });

  it("searches a whole organisation for an org-wide scope, as seed 003's links do", () => {
    expect(
      query(focusSearchUrl({ ...triage, repositories: ["rust-lang"] }, "AsyncAwait-Focus")),
    ).toBe("org:rust-lang is:issue is:open label:A-async-await label:AsyncAwait-Focus");
  });
});
