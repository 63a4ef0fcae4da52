import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCORE_WEIGHTS } from "./score-candidate.js";

describe("the triage score's weights", () => {
  it("are the ones docs/triage.md states", () => {
    const doc = readFileSync("docs/triage.md", "utf8");
    const w = SCORE_WEIGHTS;
    expect(doc).toContain(
      `| age | ${w.agePerMonth} per 30 days since the issue was opened, at most ${w.ageCap} |`,
    );
    expect(doc).toContain(
      `| reactions | ${w.perReaction} per reaction of any kind, at most ${w.reactionsCap} |`,
    );
    expect(doc).toContain(`| goal | ${w.linkedGoal} when a roadmap item links the issue |`);
    expect(doc).toContain(`| assignee | ${w.assigned} when someone is assigned |`);
  });
});
