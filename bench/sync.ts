// Sync benchmark (npm run bench:sync): 200 goals, each tracking issue with 150 comments, served by
// the local GitHub-shaped server (test/github/) with 50 ms of latency on every request. Measures
//   1. `waymark sync`'s first sync (empty cache) and its resync with nothing changed: requests
//      (from the server's log) and wall time;
//   2. a naive client in the same process that asks for one issue per request, with the same fields.
// Targets: at most ⌈N/50⌉+1 requests for the first sync, exactly 1 for the unchanged resync.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { openCache } from "../src/track/cache/open-cache.js";
import { createClient } from "../src/track/github/create-octokit.js";
import { githubForge } from "../src/track/github/github-forge.js";
import { buildIssueQuery } from "../src/track/github/issue-query.js";
import { COMMENTS_KEPT, syncWorkspace } from "../src/track/sync-workspace.js";
import { generateGoalsSeed } from "../test/github/generate-seed.js";
import { startFakeGitHub } from "../test/github/start-fake-github.js";

const { values } = parseArgs({
  options: {
    goals: { type: "string", default: "200" },
    comments: { type: "string", default: "150" },
    latency: { type: "string", default: "50" },
  },
});
const goals = Number(values.goals);
const latencyMs = Number(values.latency);
const seed = generateGoalsSeed({ goals, commentsPerIssue: Number(values.comments) });
const gh = await startFakeGitHub({ seed, latencyMs });

const dir = await mkdtemp(join(tmpdir(), "waymark-bench-sync-"));
await mkdir(join(dir, "goals"));
await writeFile(join(dir, "waymark.yaml"), "group: { name: Bench }\n");
for (let i = 1; i <= goals; i++) {
  await writeFile(
    join(dir, "goals", `g${i}.md`),
    `---\ntitle: Goal ${i}\ntracking: acme/goals#${i}\n---\n`,
  );
}
const { workspace } = await runPipeline(dir, { check: false });

async function timedRun(label: string, run: () => Promise<unknown>) {
  const before = gh.log.length;
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  return { label, requests: gh.log.length - before, ms };
}

const sync = async () => {
  const db = (await openCache(dir, { create: true }))!;
  const forge = githubForge({ token: gh.token, apiUrl: gh.url });
  try {
    await syncWorkspace(workspace, forge, db, { apiHost: "bench" });
  } finally {
    await db.destroy();
  }
};

/** One GraphQL request per issue, with the same fields: what a per-goal client does. */
const naive = async () => {
  const { client } = createClient({ token: gh.token, apiUrl: gh.url });
  for (let i = 1; i <= goals; i++) {
    const query = buildIssueQuery([{ owner: "acme", repo: "goals", number: i }], COMMENTS_KEPT);
    await client.graphql(query.query, query.variables);
  }
};

const rows = [
  await timedRun("waymark sync, first (empty cache)", sync),
  await timedRun("waymark sync, resync, nothing changed", sync),
  await timedRun("naive client, one request per issue", naive),
];
await gh.close();

const target = Math.ceil(goals / 50) + 1;
console.log(`${goals} goals × ${values.comments} comments, ${latencyMs} ms latency per request\n`);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(40)} ${String(r.requests).padStart(4)} request${r.requests === 1 ? " " : "s"} ${(r.ms / 1000).toFixed(2).padStart(7)} s`,
  );
}
const [first, again] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.log(
  `\ntargets: first sync ≤ ${target} requests (${first.requests <= target ? "met" : "MISSED"}), unchanged resync = 1 (${again.requests === 1 ? "met" : "MISSED"})`,
);
