import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { Triage } from "../../../model/types.js";
import type { CachedArea } from "../../../track/cache/read-cache.js";
import type { AreaIssue } from "../../../track/forge.js";
import { BoardColumnView, boardOf } from "./triage-board.js";

const triage: Triage = {
  repositories: ["acme/x"],
  areaLabel: "A",
  labels: { focus: "F", onDeck: "D", other: "O" },
  focusLimit: { min: 1, max: 2 },
  onDeckLimit: 1,
  agenda: [],
  stallDays: { yellow: 7, red: 14 },
};

function issue(n: number, labels: string[], idle: number, more: Partial<AreaIssue> = {}) {
  const at = new Date(Date.parse("2024-08-01T12:00:00Z") - idle * 86_400_000).toISOString();
  return {
    key: `acme/x#${n}`,
    title: `Issue ${n}`,
    url: `https://github.com/acme/x/issues/${n}`,
    state: "open",
    labels: ["A", ...labels],
    assignees: [],
    reactions: { total: 0, thumbsUp: 0 },
    comments: 0,
    createdAt: at,
    updatedAt: at,
    ...more,
  } satisfies AreaIssue;
}

const areaOf = (issues: AreaIssue[]): CachedArea => ({
  scopes: new Map(),
  issues: new Map(issues.map((i) => [i.key, { facts: i, scope: "acme/x", syncedAt: "" }])),
});

describe("boardOf", () => {
  const board = boardOf(
    triage,
    areaOf([
      issue(1, ["F"], 20),
      issue(2, ["f", "D"], 8),
      issue(3, ["F"], 1),
      issue(4, ["D"], 1),
      issue(5, ["d"], 1),
      issue(6, [], 1),
    ]),
    "2024-08-01",
  );
  const column = (id: string) => board.columns.find((c) => c.id === id)!;

  it("puts the columns left to right with counts against the configured limits", () => {
    expect(board.columns.map((c) => [c.id, c.cards.length, c.limit])).toEqual([
      ["uncategorised", 1, null],
      ["other", 0, null],
      ["on-deck", 2, "1"],
      ["focus", 3, "1–2"],
    ]);
    expect(column("focus").problem).toBe("over the maximum of 2");
    expect(column("on-deck").problem).toBe("over the limit of 1");
  });

  it("marks stalls on focus cards and keeps the configured labels as GitHub spells them", () => {
    const cards = column("focus").cards;
    expect(cards.map((c) => [c.key, c.stall, c.carried])).toEqual([
      ["acme/x#1", "red", ["F"]],
      ["acme/x#2", "yellow", ["f", "D"]],
      ["acme/x#3", null, ["F"]],
    ]);
  });

  it("escapes GitHub's text and links only http(s) URLs", () => {
    const hostile = boardOf(
      triage,
      areaOf([
        issue(7, [], 1, {
          title: '<img src=x onerror="alert(1)">',
          url: "javascript:alert(1)",
          assignees: ['"><script>'],
        }),
      ]),
      "2024-08-01",
    );
    const card = hostile.columns[0]!.cards[0]!;
    expect(card.url).toBeNull();
    const html = render(<BoardColumnView column={hostile.columns[0]!} live />);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("&lt;img src=x");
  });
});
