/**
 * A synthetic native workspace for benchmarks, shaped like the async working group's: goals with
 * initiatives in their folders, milestones tables, owners and team asks, links between files, one
 * period with flagship themes, and a vision with characters and stories. Deterministic: the same
 * options give the same files. Pure: returns paths and texts, and writes nothing.
 */

export interface WorkspaceShape {
  goals: number;
  /** Initiatives in each goal's folder. */
  initiatives: number;
  people: number;
  stories: number;
}

export const DEFAULT_SHAPE: WorkspaceShape = {
  goals: 1000,
  initiatives: 2,
  people: 200,
  stories: 120,
};

const STATES = ["done", "in-progress", "help-wanted", "paused"] as const;
const EMOJI = ["✅", "🦀", "✋", "💤"] as const;
const TEAMS = ["lang", "libs", "libs-api", "compiler", "types", "infra", "release", "docs"];
const THEMES = ["async-everywhere", "rust-for-linux", "faster-builds"];
const CHARACTERS = ["alan", "barbara", "grace", "niklaus"];

const pad = (n: number) => String(n).padStart(4, "0");
const goalId = (g: number) => `goal-${pad(g)}`;
const person = (n: number, shape: WorkspaceShape) => `person-${n % shape.people}`;

export function generateWorkspace(shape: WorkspaceShape = DEFAULT_SHAPE): Map<string, string> {
  const files = new Map<string, string>();
  files.set("waymark.yaml", config(shape));
  files.set("README.md", "# Bench working group\n\nSee the [roadmap](goals/goal-0000.md).\n");
  files.set("periods/2024h2.md", period());
  for (let g = 0; g < shape.goals; g++) {
    files.set(`goals/${goalId(g)}.md`, goal(g, shape));
    for (let i = 0; i < shape.initiatives; i++) {
      files.set(`goals/${goalId(g)}/${goalId(g)}-step-${i}.md`, initiative(g, i, shape));
    }
  }
  files.set("vision/README.md", vision());
  for (const c of CHARACTERS) files.set(`vision/characters/${c}.md`, character(c));
  for (let s = 0; s < shape.stories; s++) {
    const kind = s % 3 === 2 ? "shiny-future" : "status-quo";
    files.set(`vision/stories/${kind}/story-${pad(s)}.md`, story(s, kind, shape));
  }
  return files;
}

function config(shape: WorkspaceShape): string {
  const people = Array.from(
    { length: shape.people },
    (_, n) => `  person-${n}: { name: Person ${n} }`,
  );
  const teams = TEAMS.map((t) => `  ${t}: { name: The ${t} team }`);
  return `group:
  name: Bench working group
  mission: A generated workspace for measuring load and check.
  leads: [person-0, person-1]
  chat: { title: "#bench", url: https://example.org/chat }
  repositories: [example/bench]
people:
${people.join("\n")}
teams:
${teams.join("\n")}
periods:
  - { id: 2024h2, title: 2024 second half, start: 2024-07-01, end: 2024-12-31 }
triage:
  repositories: [example/bench]
  area-label: A-bench
  labels: { focus: Bench-Focus, on-deck: Bench-OnDeck, other: Bench-Other }
  focus-limit: 3-5
  on-deck-limit: 25
cadences:
  triage: { title: Weekly triage, every: week, time: "16:00", timezone: UTC }
  review: { title: Progress review, every: 2 weeks, duration: 60 }
`;
}

function period(): string {
  const themes = THEMES.map((t) => `  - { id: ${t}, title: ${t.replace(/-/g, " ")} }`);
  const sections = THEMES.map((t) => `## ${t.replace(/-/g, " ")}\n\nWhy ${t} matters now.\n`);
  return `---
state: accepted
start: 2024-07-01
end: 2024-12-31
themes:
${themes.join("\n")}
---

# 2024H2 goals

${sections.join("\n")}
## The other 90%

Everything else the project does, kept going by its teams.
`;
}

function milestones(seed: number, shape: WorkspaceShape): string {
  const rows = Array.from({ length: 5 }, (_, m) => {
    const s = (seed + m) % 4;
    return `| Milestone ${m + 1} | ${EMOJI[s]} | @${person(seed + m, shape)} | |`;
  });
  return `| Milestone | State | Key participants | Notes |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}

function goal(g: number, shape: WorkspaceShape): string {
  const state = STATES[g % 4]!;
  const owners = state === "help-wanted" ? "[]" : `[${person(g, shape)}]`;
  const next = goalId((g + 1) % shape.goals);
  const first = shape.initiatives
    ? ` and starts with\n[its first step](${goalId(g)}/${goalId(g)}-step-0.md#milestones)`
    : "";
  const teams = `{ ${TEAMS[g % TEAMS.length]}: Design meeting, ${TEAMS[(g + 3) % TEAMS.length]}: Review }`;
  const slate =
    g < 60 ? `period: 2024h2\ntheme: ${THEMES[g % THEMES.length]}\nstatus: accepted\n` : "";
  return `---
title: Goal ${g}
short-title: G${g}
state: ${state}
progress: ${state === "done" ? "6/6" : `${g % 6}/6`}
owners: ${owners}
teams: ${teams}
${slate}tracking: example/bench#${g + 1}
links:
  - { title: Design notes, url: https://example.org/goal/${g} }
order: ${g}
---

## Impact

Goal ${g} makes async Rust better. It builds on [the next goal](${next}.md)${first}.
See the [tracking issue][tracking].

## Help wanted

Reviewers are welcome; ask in the [chat](https://example.org/chat).

[tracking]: https://github.com/example/bench/issues/${g + 1}
`;
}

function initiative(g: number, i: number, shape: WorkspaceShape): string {
  // Progress comes from the milestones table, so state must agree with it.
  const done = Array.from({ length: 5 }, (_, m) => (g + i + m) % 4 === 0).filter(Boolean).length;
  const state = done === 5 ? "done" : "in-progress";
  return `---
title: Step ${i} of goal ${g}
state: ${state}
owners: [${person(g + i + 1, shape)}]
order: ${i}
---

Part of [goal ${g}](../${goalId(g)}.md#impact).

## Impact

Step ${i} delivers one part of goal ${g}.

## Milestones

${milestones(g + i, shape)}`;
}

function vision(): string {
  return `---
title: Async vision
tenets:
  - { title: Reliable, description: "If it compiles, it works." }
  - { title: Efficient, description: Idiomatic code runs fast. }
  - Accessible
schedule:
  - { phase: Gathering stories, start: 2021-03-01, end: 2021-04-30 }
  - { phase: Shiny future, start: 2021-05-01, end: 2021-06-30 }
---

# Async vision

What async Rust should feel like, told through [stories](stories/status-quo/story-0000.md).
`;
}

function character(c: string): string {
  const name = c[0]!.toUpperCase() + c.slice(1);
  return `---\nname: ${name}\nvalue: Reliability\n---\n\n${name} is an experienced programmer.\n`;
}

function story(s: number, kind: string, shape: WorkspaceShape): string {
  const retells = kind === "shiny-future" ? `retells: [story-${pad(s - 2)}]\n` : "";
  return `---
title: Story ${s}
characters: [${CHARACTERS[s % CHARACTERS.length]}]
sources: [{ title: Interview ${s}, url: https://example.org/interview/${s} }]
goals: [${goalId(s % shape.goals)}, ${goalId((s * 7) % shape.goals)}]
${retells}---

# Story ${s}

${CHARACTERS[s % CHARACTERS.length]} tries to use [goal ${s}](../../../goals/${goalId(s % shape.goals)}.md).
`;
}
