import { openCache } from "../../src/track/cache/open-cache.js";
import { writeSync } from "../../src/track/cache/write-sync.js";
import type { AreaIssue, IssueFacts } from "../../src/track/forge.js";
import { testdir } from "./testdir.js";

/** The syncs of forecastWorkspace: Mondays 2026-08-03 to 2026-10-05, noon UTC. */
export const FORECAST_SYNCS = Array.from({ length: 10 }, (_, k) =>
  new Date(Date.parse("2026-08-03T12:00:00Z") + k * 7 * 86_400_000).toISOString(),
);

/** Closed sub-issues of each tracking issue at each sync, and how many it has. */
const FIGURES: Record<string, { done: (k: number) => number; total: number }> = {
  // Three one week, one the next, from 4 of 30: 22 done at the last sync, 8 left at 2 a week.
  "acme/goals#1": { done: (k) => 4 + 2 * k - (k % 2), total: 30 },
  // One in the last six weeks, 37 left: off track.
  "acme/goals#2": { done: (k) => (k < 8 ? 2 : 3), total: 40 },
  // Done in September.
  "acme/goals#3": { done: (k) => Math.min(5, k), total: 5 },
};

/** Open focus issues at each sync (the limit is 3 to 5): under, within, over, and back. */
export const FOCUS_COUNTS = [2, 3, 4, 5, 6, 6, 5, 4, 3, 3];

/** The triage area at sync k: twelve open issues, the first FOCUS_COUNTS[k] of them in Focus. */
function areaIssues(k: number, at: string): AreaIssue[] {
  return Array.from({ length: 12 }, (_, i) => ({
    key: `acme/goals#${100 + i}`,
    title: `Area issue ${i}`,
    url: `https://github.com/acme/goals/issues/${100 + i}`,
    state: "open",
    labels: ["A-area", i < FOCUS_COUNTS[k]! ? "Focus" : i < 9 ? "OnDeck" : "Other"],
    assignees: [],
    reactions: { total: 0, thumbsUp: 0 },
    comments: 0,
    createdAt: "2026-07-01T00:00:00Z",
    updatedAt: at,
  }));
}

function issue(key: string, k: number, at: string): IssueFacts {
  const figures = FIGURES[key]!;
  const done = figures.done(k);
  return {
    key,
    title: `Tracking ${key}`,
    state: done === figures.total ? "closed" : "open",
    url: `https://github.com/acme/goals/issues/${key.split("#")[1]}`,
    labels: [],
    assignees: [],
    createdAt: "2026-07-01T00:00:00Z",
    updatedAt: at,
    checkboxes: { done: 0, total: 0 },
    subIssues: { done, total: figures.total, items: [] },
    // An update every other week, posted by the owner: 3 in August, 2 in September.
    comments: FORECAST_SYNCS.slice(0, k + 1)
      .filter((_, j) => j % 2 === 0)
      .map((when, j) => ({
        author: "alice",
        createdAt: when,
        url: `https://github.com/${key.replace("#", "/issues/")}#issuecomment-${j}`,
        body: `TL;DR: update ${j}`,
      })),
    commentCount: Math.floor(k / 2) + 1,
  };
}

/**
 * A workspace with one period (2026h2, ending 2026-12-31) and goals whose tracking issues' history
 * a series of weekly syncs wrote, through the cache's own writer: one on track, one off track
 * (with markup in its title, unless `markup` is false, as the README's screenshot has it), one done, one with progress set by hand, and one never synced.
 */
export async function forecastWorkspace({
  syncs = FORECAST_SYNCS.length,
  markup = true,
} = {}): Promise<string> {
  const dir = await testdir({
    "waymark.yaml":
      "group: { name: G }\npeople: { alice: {} }\nperiods:\n  - { id: 2026h2, title: 2026H2, start: 2026-07-01, end: 2026-12-31 }\n" +
      "triage:\n  repositories: [acme/goals]\n  area-label: A-area\n  labels: { focus: Focus, on-deck: OnDeck, other: Other }\n  focus-limit: 3-5\n",
    "goals/steady.md":
      "---\ntitle: Steady parser\nowners: alice\ntracking: acme/goals#1\nprogress: sub-issues\nperiod: 2026h2\nstatus: accepted\n---\n",
    "goals/slow.md": `---\ntitle: "${markup ? "Slow <b>&</b> risky" : "Slow and risky"}"\nowners: alice\ntracking: acme/goals#2\nprogress: sub-issues\nperiod: 2026h2\nstatus: accepted\n---\n`,
    "goals/finished.md":
      "---\ntitle: Finished\nowners: alice\ntracking: acme/goals#3\nprogress: sub-issues\nperiod: 2026h2\nstatus: accepted\n---\n",
    "goals/manual.md":
      "---\ntitle: By hand\nowners: alice\nprogress: 2/6\nperiod: 2026h2\nstatus: accepted\n---\n",
    "goals/unsynced.md":
      "---\ntitle: Not synced\nowners: alice\ntracking: acme/goals#9\nperiod: 2026h2\nstatus: accepted\n---\n",
  });
  const db = (await openCache(dir, { create: true }))!;
  try {
    for (const [k, at] of FORECAST_SYNCS.slice(0, syncs).entries()) {
      const keys = Object.keys(FIGURES);
      await writeSync(db, {
        startedAt: at,
        finishedAt: at,
        apiHost: "api.github.com",
        requests: 1,
        fetched: new Map(keys.map((key) => [key, issue(key, k, at)])),
        unchanged: [],
        previous: new Map(),
        counts: new Map(),
        area: {
          areaLabel: "A-area",
          scopes: ["acme/goals"],
          fetched: [{ scope: "acme/goals", issues: areaIssues(k, at) }],
          checkedAt: at,
          labels: { focus: "Focus", onDeck: "OnDeck", other: "Other" },
        },
      });
    }
  } finally {
    await db.destroy();
  }
  return dir;
}
