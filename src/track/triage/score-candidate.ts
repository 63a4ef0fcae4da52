import type { AreaIssue } from "../forge.js";

/**
 * The weights of the triage score, in one place so docs/triage.md can state them: each part is
 * small and capped, so no single signal decides and a lead can redo the sum by hand.
 */
export const SCORE_WEIGHTS = {
  /** Points per 30 days since the issue was opened, up to `ageCap`. */
  agePerMonth: 1,
  ageCap: 12,
  /** Points per reaction of any kind, up to `reactionsCap`. */
  perReaction: 0.5,
  reactionsCap: 10,
  /** Points when a roadmap item links the issue. */
  linkedGoal: 5,
  /** Points when someone is assigned: a promoted issue has someone to carry it. */
  assigned: 3,
} as const;

export interface ScorePart {
  name: "age" | "reactions" | "goal" | "assignee";
  points: number;
  /** What the points were given for, in words: "240 days old", "7 reactions". */
  because: string;
}

export interface Score {
  total: number;
  parts: ScorePart[];
}

const DAY = 86_400_000;
const round = (n: number) => Math.round(n * 10) / 10;

/** An issue's score as a candidate for a move up, with each part and its reason. */
export function scoreCandidate(issue: AreaIssue, date: Date, linkedItems: string[] = []): Score {
  const w = SCORE_WEIGHTS;
  const days = Math.max(0, Math.floor((date.getTime() - Date.parse(issue.createdAt)) / DAY));
  const reactions = issue.reactions.total;
  const parts: ScorePart[] = [
    {
      name: "age",
      points: round(Math.min(w.ageCap, (days / 30) * w.agePerMonth)),
      because: `${days} day${days === 1 ? "" : "s"} old`,
    },
    {
      name: "reactions",
      points: round(Math.min(w.reactionsCap, reactions * w.perReaction)),
      because: `${reactions} reaction${reactions === 1 ? "" : "s"}`,
    },
    {
      name: "goal",
      points: linkedItems.length ? w.linkedGoal : 0,
      because: linkedItems.length
        ? `linked from ${linkedItems.join(", ")}`
        : "no roadmap item links it",
    },
    {
      name: "assignee",
      points: issue.assignees.length ? w.assigned : 0,
      because: issue.assignees.length
        ? `assigned to ${issue.assignees.map((a) => `@${a}`).join(", ")}`
        : "unassigned",
    },
  ];
  return { total: round(parts.reduce((sum, p) => sum + p.points, 0)), parts };
}
