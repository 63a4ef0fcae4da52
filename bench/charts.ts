// Charts benchmark (node --import tsx bench/charts.ts): the 1,000-goal bench workspace, its goals'
// progress taken from their tracking issues' sub-issues, with a cache of 26 weekly syncs written
// through the cache's own writer (26,000 history rows, so every goal page draws a burn-up and a
// forecast); then `waymark build` cold in a fresh process, with the cache and without it, runs
// interleaved so both see the same load. Prints min / median / max wall time of each.
// Options: --runs N (default 3), --syncs N (default 26), --goals N.
import { spawnSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { openCache } from "../src/track/cache/open-cache.js";
import { writeSync } from "../src/track/cache/write-sync.js";
import type { IssueFacts } from "../src/track/forge.js";
import { DEFAULT_SHAPE } from "./generate-workspace.js";
import { writeGeneratedWorkspace } from "./write-workspace.js";

const BIN = join(import.meta.dirname, "..", "bin", "waymark.js");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    syncs: { type: "string", default: "26" },
    goals: { type: "string", default: String(DEFAULT_SHAPE.goals) },
  },
});
const goals = Number(args.goals);
const syncs = Number(args.syncs);

const ws = await writeGeneratedWorkspace({ ...DEFAULT_SHAPE, goals });
for (const [path, text] of ws.files)
  if (/^goals\/[^/]+\.md$/.test(path))
    await writeFile(join(ws.dir, path), text.replace(/^progress: .*$/m, "progress: sub-issues"));

async function writeHistory(): Promise<void> {
  const db = (await openCache(ws.dir, { create: true }))!;
  for (let k = 0; k < syncs; k++) {
    const at = new Date(Date.parse("2024-03-04T12:00:00Z") + k * 7 * 86_400_000).toISOString();
    const fetched = new Map<string, IssueFacts>();
    for (let g = 0; g < goals; g++) {
      const key = `example/bench#${g + 1}`;
      const total = 10 + (g % 20);
      fetched.set(key, {
        key,
        title: `Goal ${g}`,
        state: "open",
        url: `https://github.com/example/bench/issues/${g + 1}`,
        labels: [],
        assignees: [],
        createdAt: "2024-01-01T00:00:00Z",
        updatedAt: at,
        checkboxes: { done: 0, total: 0 },
        subIssues: { done: Math.min(total, Math.floor((k * (1 + (g % 3))) / 2)), total, items: [] },
        comments: [],
        commentCount: 0,
      });
    }
    await writeSync(db, {
      startedAt: at,
      finishedAt: at,
      apiHost: "bench",
      requests: 1,
      fetched,
      unchanged: [],
      previous: new Map(),
      counts: new Map(),
    });
  }
  await db.destroy();
}

const cache = join(ws.dir, ".waymark", "cache.sqlite");
await writeHistory();
const saved = await readFile(cache);

function build(): number {
  const out = join(ws.dir, "_site");
  spawnSync("rm", ["-rf", out, join(ws.dir, ".waymark", "parse")]);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [BIN, "build", ws.dir, "--out", out, "--date", "2024-09-15"],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`build failed: ${run.stderr}`);
  return performance.now() - started;
}

const times = { with: [] as number[], without: [] as number[] };
for (let r = 0; r < Number(args.runs); r++) {
  await writeFile(cache, saved);
  times.with.push(build());
  await rm(cache);
  times.without.push(build());
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${Math.round(s[0]!)} / ${Math.round(s[Math.floor(s.length / 2)]!)} / ${Math.round(s.at(-1)!)} ms`;
};
console.log(`${ws.summary}; ${syncs} weekly syncs of ${goals} tracking issues`);
console.log(`cold build with the history (every goal page draws a burn-up): ${fmt(times.with)}`);
console.log(`cold build without a cache:                                   ${fmt(times.without)}`);
await rm(ws.dir, { recursive: true, force: true });
