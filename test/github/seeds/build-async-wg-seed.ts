import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import type { Seed, SeedComment, SeedIssue, SeedRepo } from "../seed-store.js";

/**
 * Builds `async-wg.json`, the seed behind the README's demo and the example workspace's sync
 * tests: a tracking issue for every goal and initiative of examples/async-wg (at the `tracking:`
 * each goal file names), with owners' `TL;DR:` updates (a few formatted, a few by someone else
 * on an ownerless goal's behalf) and sub-issues, plus the
 * A-async-await area of rust-lang/rust that the triage config reads.
 *
 *   npx tsx test/github/seeds/build-async-wg-seed.ts
 *
 * Repeatable: the same files give the same JSON.
 */

const EXAMPLE = "examples/async-wg";
const OUT = "test/github/seeds/async-wg.json";

interface GoalFile {
  file: string;
  title: string;
  state: string;
  owners: string[];
  tracking: string;
  progress?: string;
}

function readGoals(dir: string): GoalFile[] {
  const root = join(dir, "..");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(dir, f))
    .sort();
  return files.map((path) => {
    const text = readFileSync(path, "utf8");
    const front = parse(text.slice(4, text.indexOf("\n---", 3))) as Record<string, unknown>;
    const owners = front.owners;
    if (typeof front.tracking !== "string") throw new Error(`${path}: no tracking issue`);
    return {
      file: relative(root, path),
      title: String(front.title),
      state: String(front.state),
      owners: Array.isArray(owners) ? owners.map(String) : owners ? [String(owners)] : [],
      tracking: front.tracking,
      progress: typeof front.progress === "string" ? front.progress : undefined,
    };
  });
}

let tick = 0;
/** Dates through 2024H2, spread and repeatable. */
function date(day: number, hour = 0): string {
  const t = Date.parse("2024-07-01T09:00:00Z") + day * 86_400_000 + hour * 3_600_000;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** An owner's update every few weeks; goals without owners get only other people's comments. */
function thread(goal: GoalFile, index: number): SeedComment[] {
  const comments: SeedComment[] = [];
  const people = ["nikomatsakis", "tmandry", "eholk", "compiler-errors", "traviscross"];
  const cadenceDays = [14, 21, 28, 45][index % 4]!;
  const lastDay = goal.state === "paused" ? 60 : 160;
  for (let day = 5 + (index % 9); day < lastDay; day += cadenceDays) {
    tick++;
    if (goal.owners.length > 0) {
      const n = comments.filter((c) => c.body.startsWith("TL;DR:")).length + 1;
      comments.push({
        author: goal.owners[tick % goal.owners.length]!,
        body:
          `TL;DR: ${UPDATES[(index + n) % UPDATES.length]} (update ${n} on ${goal.title}).` +
          (n % 3 === 0 ? "\n\nHelp wanted: a reviewer for the next step." : ""),
        createdAt: date(day, 2),
      });
    }
    comments.push({
      author: people[(index + tick) % people.length]!,
      body: CHATTER[tick % CHATTER.length]!,
      createdAt: date(day + 1, 5),
    });
  }
  // Someone who is not an owner speaks for an ownerless goal now and then: the marker makes it
  // an update. And the last owner update of some goals is a longer, formatted one.
  if (goal.owners.length === 0 && index % 3 === 0)
    comments.push({
      author: "traviscross",
      body: `Writing this on behalf of the group.\n\n**TL;DR:** ${goal.title} has no owner yet; interest is being collected on Zulip.\n\nHelp wanted: someone to own this goal.`,
      createdAt: date(120 + (index % 20), 3),
    });
  const last = comments.filter((c) => c.body.startsWith("TL;DR:")).at(-1);
  if (last && index % 4 === 1)
    last.body = `## Update\n\n${last.body}\n\n<details><summary>Details</summary>\n\nSee the [design notes](https://hackmd.io/notes) and the <b>open questions</b>.\n</details>`;
  return comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

function trackingIssues(goals: GoalFile[]): Map<string, SeedRepo> {
  const repos = new Map<string, SeedRepo>();
  const repoOf = (ref: string) => {
    const name = ref.slice(0, ref.indexOf("#"));
    if (!repos.has(name)) {
      const [owner, repo] = name.split("/") as [string, string];
      repos.set(name, {
        owner,
        name: repo,
        labels: [
          { name: "C-tracking-issue", color: "f5f1fd", description: "A tracking issue for a goal" },
        ],
        milestones: [{ number: 1, title: "2024h2", dueOn: "2024-12-31T00:00:00Z" }],
        issues: [],
      });
    }
    return repos.get(name)!;
  };
  goals.forEach((goal, index) => {
    const number = Number(goal.tracking.slice(goal.tracking.indexOf("#") + 1));
    const done = goal.state === "done";
    const issue: SeedIssue = {
      number,
      title: goal.title,
      body: `Tracking issue for [${goal.title}](https://github.com/rust-lang/wg-async/blob/main/${goal.file}).\n\n- [x] Write down the goal\n- [${done ? "x" : " "}] Deliver it\n`,
      author: goal.owners[0] ?? "nikomatsakis",
      state: done ? "closed" : "open",
      createdAt: date(index % 5),
      labels: ["C-tracking-issue"],
      assignees: goal.owners,
      milestone: goal.file.includes("2024h2/") ? 1 : undefined,
      reactions: { THUMBS_UP: (index * 7) % 23, HEART: index % 4, ROCKET: index % 3 },
      comments: thread(goal, index),
    };
    repoOf(goal.tracking).issues!.push(issue);
  });
  // An initiative's issue is a sub-issue of its goal's (goals/a.md owns goals/a/*.md).
  for (const goal of goals) {
    const folder = goal.file.replace(/\.md$/, "/");
    const children = goals.filter(
      (g) => g.file.startsWith(folder) && !g.file.slice(folder.length).includes("/"),
    );
    if (children.length === 0) continue;
    const issue = repoOf(goal.tracking).issues!.find(
      (i) => `#${i.number}` === goal.tracking.slice(goal.tracking.indexOf("#")),
    )!;
    issue.subIssues = children.map((c) => c.tracking);
  }
  return repos;
}

/** rust-lang/rust's A-async-await area: Focus, OnDeck, Other and not yet triaged. */
function triageArea(): SeedRepo {
  const plan: [string | undefined, number][] = [
    ["AsyncAwait-Focus", 4],
    ["AsyncAwait-OnDeck", 16],
    ["AsyncAwait-Other", 20],
    [undefined, 22],
  ];
  const issues: SeedIssue[] = [];
  let number = 60_000;
  let k = 0;
  for (const [label, count] of plan) {
    for (let i = 0; i < count; i++, k++) {
      number += 37 + ((k * 53) % 211);
      const focused = label === "AsyncAwait-Focus";
      issues.push({
        number,
        title: `${AREA_TITLES[k % AREA_TITLES.length]}${k >= AREA_TITLES.length ? ` (case ${Math.floor(k / AREA_TITLES.length) + 1})` : ""}`,
        body: "Reproduction:\n\n```rust\nasync fn f() {}\n```\n",
        author: ["estebank", "eholk", "tmandry", "compiler-errors", "lqd"][k % 5],
        createdAt: date(-300 + k * 7),
        updatedAt: date(-60 + ((k * 29) % 200), k % 24),
        labels: ["A-async-await", "C-bug", ...(label ? [label] : [])],
        // One focus issue is left unassigned: the triage meeting assigns it.
        assignees: focused && i > 0 ? [["eholk", "tmandry", "compiler-errors"][i - 1]!] : [],
        reactions: { THUMBS_UP: (k * 5) % 17, EYES: k % 3 },
        comments: Array.from({ length: k % 6 }, (_, c) => ({
          author: ["estebank", "eholk", "tmandry"][c % 3]!,
          body: CHATTER[(k + c) % CHATTER.length]!,
          createdAt: date(-300 + k * 7 + c + 1),
        })),
      });
    }
  }
  return {
    owner: "rust-lang",
    name: "rust",
    labels: [
      { name: "A-async-await", color: "f7e101", description: "Area: Async & Await" },
      {
        name: "AsyncAwait-Focus",
        color: "d93f0b",
        description: "Async-await issues the working group focuses on",
      },
      {
        name: "AsyncAwait-OnDeck",
        color: "fbca04",
        description: "Async-await issues to focus on next",
      },
      {
        name: "AsyncAwait-Other",
        color: "c5def5",
        description: "Async-await issues looked at and not focused on",
      },
      { name: "C-bug", color: "f5f1fd", description: "Category: a bug" },
    ],
    issues,
  };
}

const UPDATES = [
  "design review done, implementation started",
  "implementation halfway, tests landing",
  "blocked on a lang-team decision",
  "landed on nightly, collecting feedback",
  "stabilization report drafted",
];
const CHATTER = [
  "Thanks for the update!",
  "Is there a design doc to read?",
  "+1, we need this in our runtime.",
  "Any news here?",
];
const AREA_TITLES = [
  "Confusing error when an async fn captures a non-Send guard",
  "ICE with async closures in trait impls",
  "Large future sizes with nested async blocks",
  "Diagnostics point at the wrong await",
  "Spurious 'borrow may still be in use' across await",
  "async fn in trait: bad suggestion for Send bound",
  "Unused must_use future not linted in match arm",
  "Recursive async fn error suggests Box::pin incorrectly",
  "Lifetime error on async block returning a reference",
  "Missing 'consider awaiting' hint on field access",
  "Stack overflow compiling deeply nested async blocks",
  "Generator layout keeps dead locals alive",
];

/** The seed for a copy of the example workspace at `dir`. */
export function buildAsyncWgSeed(dir = EXAMPLE): Seed {
  tick = 0;
  const goals = readGoals(join(dir, "goals"));
  return { viewer: "waymark-demo", repos: [...trackingIssues(goals).values(), triageArea()] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seed = buildAsyncWgSeed();
  writeFileSync(OUT, `${JSON.stringify(seed, null, 2)}\n`);
  execFileSync("npx", ["biome", "format", "--write", OUT], { stdio: "ignore" }); // as lint wants it
  console.log(`${OUT}: ${seed.repos.reduce((n, r) => n + (r.issues?.length ?? 0), 0)} issues`);
}
