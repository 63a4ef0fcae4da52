import { describe, expect, it } from "vitest";
import { generateGoalsSeed } from "./generate-seed.js";
import { seedStore } from "./seed-store.js";

describe("generateGoalsSeed", () => {
  it("builds the bench's store: numbered tracking issues with long threads and owner updates", () => {
    const seed = generateGoalsSeed({ goals: 20, commentsPerIssue: 30, subIssuesPerGoal: 2 });
    const repo = seedStore(seed).repos.get("acme/goals")!;
    expect(repo.issues.size).toBe(60);
    const goal = repo.issues.get(7)!;
    expect(goal.comments).toHaveLength(30);
    expect(goal.subIssues).toEqual(["acme/goals#33", "acme/goals#34"]);
    expect(repo.issues.get(33)!.parent).toBe("acme/goals#7");
    const updates = goal.comments.filter((c) => c.body.startsWith("TL;DR:"));
    expect(updates).toHaveLength(3);
    for (const u of updates) expect(goal.assignees).toContain(u.author);
    const dates = goal.comments.map((c) => c.createdAt);
    expect([...dates].sort()).toEqual(dates);
    expect(goal.updatedAt).toBe(dates.at(-1));
  });

  it("is the same on every run", () => {
    expect(generateGoalsSeed({ goals: 5 })).toEqual(generateGoalsSeed({ goals: 5 }));
    expect(generateGoalsSeed({ goals: 5, random: 2 })).not.toEqual(generateGoalsSeed({ goals: 5 }));
  });
});
