import { describe, expect, it } from "vitest";
import type { Triage } from "../../model/types.js";
import type { CachedArea } from "../cache/read-cache.js";
import { parseMoves } from "./parse-moves.js";
import { planLabelWrites } from "./plan-label-writes.js";

const triage = {
  labels: { focus: "F", onDeck: "D", other: "O" },
} as Triage;

function area(entries: [string, string[], string?][]): CachedArea {
  return {
    scopes: new Map(),
    issues: new Map(
      entries.map(([key, labels, leftAt]) => [
        key,
        {
          facts: {
            key,
            title: key,
            url: `https://github.com/${key.replace("#", "/issues/")}`,
            state: "open",
            labels,
            assignees: [],
            reactions: { total: 0, thumbsUp: 0 },
            comments: 0,
            createdAt: "2024-01-01T00:00:00Z",
            updatedAt: "2024-01-01T00:00:00Z",
          },
          scope: "o",
          leftAt,
          syncedAt: "2024-01-01T00:00:00Z",
        },
      ]),
    ),
  };
}

describe("planLabelWrites", () => {
  it("adds the target's label before removing the others, and touches no other label", () => {
    const plan = planLabelWrites(
      [{ issue: "o/r#1", to: "focus" }],
      area([["o/r#1", ["A", "d", "O", "C-bug"]]]),
      triage,
    );
    expect(plan.writes).toEqual([
      { issue: "o/r#1", action: "add", label: "F" },
      { issue: "o/r#1", action: "remove", label: "d" },
      { issue: "o/r#1", action: "remove", label: "O" },
    ]);
  });

  it("plans nothing for a move already made, an issue that left, or one not in the area", () => {
    const plan = planLabelWrites(
      [
        { issue: "o/r#1", to: "on-deck" },
        { issue: "o/r#2", to: "focus" },
        { issue: "o/r#3", to: "focus" },
      ],
      area([
        ["o/r#1", ["A", "D"]],
        ["o/r#2", ["A", "D"], "2024-02-01T00:00:00Z"],
      ]),
      triage,
    );
    expect(plan).toEqual({ issues: [], writes: [] });
  });
});

describe("parseMoves", () => {
  const synced = area([
    ["o/r#12", ["A"]],
    ["o/s#12", ["A"]],
    ["o/r#13", ["A"]],
  ]);

  it("reads ISSUE:CLASS with a bare number or owner/repo#N", () => {
    expect(parseMoves(["13:focus", "o/s#12:OnDeck"], synced)).toEqual({
      ok: true,
      moves: [
        { issue: "o/r#13", to: "focus" },
        { issue: "o/s#12", to: "on-deck" },
      ],
    });
  });

  it("refuses an unknown class, an ambiguous number and an issue outside the area", () => {
    expect(parseMoves(["13:urgent"], synced)).toMatchObject({ ok: false, arg: "13:urgent" });
    expect(parseMoves(["12:focus"], synced)).toMatchObject({
      ok: false,
      expected: "one issue, not o/r#12 and o/s#12: write owner/repo#12",
    });
    expect(parseMoves(["99:focus"], synced)).toMatchObject({
      ok: false,
      expected: "an open issue of the triage area as of the last `waymark sync`",
    });
  });
});
