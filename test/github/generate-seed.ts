import type { Seed, SeedComment, SeedIssue } from "./seed-store.js";

export interface GoalsSeedOptions {
  /** `owner/name` holding the tracking issues (default `acme/goals`). */
  repo?: string;
  /** Tracking issues, numbered #1..#goals (default 200). */
  goals?: number;
  /** Comments on each tracking issue, oldest first (default 150). */
  commentsPerIssue?: number;
  /** Sub-issues of each tracking issue, numbered after the goals (default 0). */
  subIssuesPerGoal?: number;
  /** Every how many comments an owner posts a `TL;DR:` update (default 10). */
  updateEvery?: number;
  /** Seed of the pseudo-random choices, so a run is repeatable (default 1). */
  random?: number;
}

const PEOPLE = ["ann", "bob", "chen", "dana", "eli", "fatima", "goran", "hiro", "ines", "jo"];
const START = Date.parse("2025-01-06T09:00:00Z");
const HOUR = 3_600_000;

/**
 * A realistic, repeatable store for tests and the sync bench: tracking issues owned by one or two
 * people, with labels, a milestone, reactions, long comment threads in which the owners post
 * `TL;DR:` updates among other people's comments, some closed goals, and optional sub-issues.
 */
export function generateGoalsSeed(options: GoalsSeedOptions = {}): Seed {
  const [owner, name] = (options.repo ?? "acme/goals").split("/") as [string, string];
  const goals = options.goals ?? 200;
  const comments = options.commentsPerIssue ?? 150;
  const subs = options.subIssuesPerGoal ?? 0;
  const updateEvery = options.updateEvery ?? 10;
  const rand = mulberry32(options.random ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const at = (hours: number) =>
    new Date(START + hours * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");

  const issues: SeedIssue[] = [];
  for (let g = 1; g <= goals; g++) {
    const owners = rand() < 0.3 ? [pick(PEOPLE), pick(PEOPLE)] : [pick(PEOPLE)];
    const unique = [...new Set(owners)];
    const thread: SeedComment[] = [];
    let hour = g;
    for (let c = 0; c < comments; c++) {
      hour += 1 + Math.floor(rand() * 30);
      const update = c % updateEvery === updateEvery - 1;
      thread.push({
        author: update ? pick(unique) : pick(PEOPLE),
        body: update
          ? `TL;DR: goal ${g}, update ${(c + 1) / updateEvery}: ${pick(PROGRESS)}.\n\n${pick(DETAIL)}`
          : `${pick(CHATTER)} (comment ${c + 1} on goal ${g})`,
        createdAt: at(hour),
      });
    }
    const closed = rand() < 0.15;
    const firstSub = goals + (g - 1) * subs + 1;
    issues.push({
      number: g,
      title: `Goal ${g}: ${pick(TOPICS)}`,
      body: `Tracking issue for goal ${g}.\n\n- [x] Write the design\n- [${closed ? "x" : " "}] Land the implementation\n- [ ] Stabilise\n`,
      author: unique[0]!,
      state: closed ? "closed" : "open",
      createdAt: at(g),
      labels: ["C-tracking-issue", pick(["T-lang", "T-compiler", "T-libs"])],
      assignees: unique,
      milestone: "2025H1",
      reactions: { THUMBS_UP: Math.floor(rand() * 20), HEART: Math.floor(rand() * 5) },
      comments: thread,
      subIssues: Array.from({ length: subs }, (_, k) => firstSub + k),
    });
  }
  for (let g = 1; g <= goals; g++) {
    for (let k = 0; k < subs; k++) {
      issues.push({
        number: goals + (g - 1) * subs + k + 1,
        title: `Goal ${g}, step ${k + 1}`,
        state: rand() < 0.4 ? "closed" : "open",
        createdAt: at(g + k),
      });
    }
  }
  return {
    viewer: "waymark-bot",
    repos: [
      {
        owner,
        name,
        labels: [
          { name: "C-tracking-issue", color: "f5f1fd", description: "A tracking issue for a goal" },
          { name: "T-lang", color: "bfd4f2" },
          { name: "T-compiler", color: "bfd4f2" },
          { name: "T-libs", color: "bfd4f2" },
        ],
        milestones: [{ number: 1, title: "2025H1", dueOn: "2025-06-30T00:00:00Z" }],
        issues,
      },
    ],
  };
}

const TOPICS = [
  "stabilise async closures",
  "faster incremental builds",
  "a new trait solver",
  "better error messages",
  "portable SIMD",
  "const generics everywhere",
];
const PROGRESS = [
  "design review done",
  "implementation halfway",
  "blocked on review",
  "landed on nightly",
];
const DETAIL = [
  "Help wanted: someone to write the docs.",
  "Next step is a crater run.",
  "No blockers right now.",
];
const CHATTER = [
  "Thanks for the update!",
  "Is there a design doc?",
  "+1 from us",
  "Any news here?",
];

/** A small seeded generator (public-domain mulberry32) so seeds are the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
