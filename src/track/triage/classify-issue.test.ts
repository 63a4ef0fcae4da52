import { describe, expect, it } from "vitest";
import { classifyIssue, classifyIssues } from "./classify-issue.js";

const labels = {
  focus: "AsyncAwait-Focus",
  onDeck: "AsyncAwait-OnDeck",
  other: "AsyncAwait-Other",
};

describe("classifyIssue", () => {
  it("classifies by the configured label, case-insensitively as GitHub does", () => {
    expect(classifyIssue(["A-async-await", "AsyncAwait-Focus"], labels).class).toBe("focus");
    expect(classifyIssue(["asyncawait-ondeck"], labels).class).toBe("on-deck");
    expect(classifyIssue(["AsyncAwait-Other", "C-bug"], labels).class).toBe("other");
    expect(classifyIssue(["A-async-await", "C-bug"], labels)).toEqual({
      class: "uncategorised",
      carried: [],
    });
  });

  it("puts an issue with two focus labels in the higher pile and lists both", () => {
    expect(classifyIssue(["AsyncAwait-Other", "AsyncAwait-OnDeck"], labels)).toEqual({
      class: "on-deck",
      carried: ["on-deck", "other"],
    });
  });
});

describe("classifyIssues", () => {
  it("groups issues into the four piles, keeping their order", () => {
    const piles = classifyIssues(
      [
        { n: 1, labels: ["AsyncAwait-Other"] },
        { n: 2, labels: [] },
        { n: 3, labels: ["AsyncAwait-Focus"] },
        { n: 4, labels: ["AsyncAwait-Other"] },
      ],
      labels,
    );
    expect(
      Object.fromEntries(Object.entries(piles).map(([k, v]) => [k, v.map((i) => i.n)])),
    ).toEqual({ focus: [3], "on-deck": [], other: [1, 4], uncategorised: [2] });
  });
});
