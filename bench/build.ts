// Build benchmark (npm run bench:build): generates a 1,000-goal workspace and times
//   1. the full `waymark build` (the real CLI, a fresh process, empty output folder), with peak memory;
//   2. Hugo building the same Markdown pages with a tiny layout (Debian's hugo, installed if missing),
//      and the ratio waymark/Hugo;
//   3. the rebuild after one goal file changes: once through the CLI (a fresh process that reads
//      the cache from the output folder), once in process with the cache kept in memory, as a
//      watching dev server would.
// Aims: full build at most 2× Hugo, one-file rebuild at most 100 ms.
// Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof bin/waymark.js build <dir> --out <out>
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type BuildSiteResult, buildSite } from "../src/publish/site/build-site.js";
import { commandWorks, ensureDebianPackage } from "./debian-package.js";
import { DEFAULT_SHAPE } from "./generate-workspace.js";
import { writeHugoSite } from "./hugo-site.js";
import { loadNow, machineLine, ms } from "./measure.js";
import { writeGeneratedWorkspace } from "./write-workspace.js";

const TARGET_RATIO = 2;
const TARGET_REBUILD_MS = 100;
const REBUILDS = 5;
/** Inside the generated 2024h2 period, so the build date never changes what is rendered. */
const DATE = "2024-09-15";
const BIN = join(import.meta.dirname, "..", "bin", "waymark.js");
const GNU_TIME = "/usr/bin/time";

const { values: args } = parseArgs({
  options: {
    goals: { type: "string", default: String(DEFAULT_SHAPE.goals) },
    initiatives: { type: "string", default: String(DEFAULT_SHAPE.initiatives) },
    keep: { type: "boolean", default: false },
  },
});

const MiB = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

interface Timed {
  ms: number;
  /** CPU seconds of user and system time, across all the command's threads. */
  cpuMs: number;
  peakKiB: number;
  stderr: string;
}

/** Runs a command under GNU time: wall time, CPU time and peak resident memory. */
function timed(command: string, commandArgs: string[], scratch: string): Timed {
  const report = join(scratch, "time.txt");
  const started = performance.now();
  const run = spawnSync(GNU_TIME, ["-f", "%U %S %M", "-o", report, command, ...commandArgs], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const wall = performance.now() - started;
  if (run.status !== 0)
    throw new Error(
      `${command} ${commandArgs.join(" ")} failed (exit ${run.status}):\n${run.stderr}`,
    );
  const [user = 0, sys = 0, peak = 0] = readFileSync(report, "utf8")
    .trim()
    .split("\n")
    .pop()!
    .split(" ")
    .map(Number);
  return { ms: wall, cpuMs: (user + sys) * 1000, peakKiB: peak, stderr: run.stderr };
}

async function countHtml(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith(".html")).length;
}

/** Changes one sentence of one goal's body: a real edit, not just a new mtime. */
async function editGoal(dir: string, goal: number, word: string): Promise<string> {
  const file = join(dir, "goals", `goal-${String(goal).padStart(4, "0")}.md`);
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace("makes async Rust better", `makes async Rust ${word} better`));
  return file;
}

/** `(1 rendered, 1 written)` from the CLI's closing line, or the stats of an in-process build. */
const statsOf = (r: BuildSiteResult) => `${r.stats.rendered} rendered, ${r.stats.written} written`;
const timingsOf = (r: BuildSiteResult) =>
  Object.entries(r.timings)
    .map(([stage, t]) => `${stage} ${ms(t)}`)
    .join(", ");

ensureDebianPackage("hugo", () => commandWorks("hugo", ["version"]));
ensureDebianPackage("time", () => existsSync(GNU_TIME));

const shape = {
  ...DEFAULT_SHAPE,
  goals: Number(args.goals),
  initiatives: Number(args.initiatives),
};
const ws = await writeGeneratedWorkspace(shape);
const scratch = await mkdtemp(join(tmpdir(), "waymark-bench-out-"));
const out = join(scratch, "site");
const hugoOut = join(scratch, "hugo");
const hugoVersion = spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout.split(" ")[1];
console.log(`workspace: ${ws.summary}`);
console.log(`${machineLine()}, hugo ${hugoVersion}`);

// 1. The full build, as a user runs it.
console.log(`\nwaymark build (CLI, empty output folder; ${loadNow()})…`);
const full = timed(process.execPath, [BIN, "build", ws.dir, "--out", out, "--date", DATE], scratch);
const startup = timed(process.execPath, [BIN, "--version"], scratch);
const pages = await countHtml(out);
console.log(
  `  full build: ${ms(full.ms)} wall, ${ms(full.cpuMs)} cpu, peak ${MiB(full.peakKiB)} RSS; ` +
    `${pages} HTML pages (of which CLI start-up, \`waymark --version\`: ${ms(startup.ms)})`,
);

// 2. Hugo over the same Markdown.
const hugoDir = await writeHugoSite(ws.files);
console.log(`\nhugo --quiet (same Markdown pages, tiny layout; ${loadNow()})…`);
const hugo = timed("hugo", ["--quiet", "--source", hugoDir, "--destination", hugoOut], scratch);
const hugoPages = await countHtml(hugoOut);
console.log(
  `  hugo: ${ms(hugo.ms)} wall, ${ms(hugo.cpuMs)} cpu, peak ${MiB(hugo.peakKiB)} RSS; ${hugoPages} HTML pages`,
);
const ratio = full.ms / hugo.ms;
console.log(
  `  ratio waymark/hugo: ${ratio.toFixed(1)}× wall, ${(full.cpuMs / hugo.cpuMs).toFixed(1)}× cpu ` +
    `(target ≤ ${TARGET_RATIO}× wall: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
);

// 3. One file changes.
console.log(`\none goal file changed (${loadNow()})…`);
await editGoal(ws.dir, Math.floor(shape.goals / 2), "much");
const cli = timed(process.execPath, [BIN, "build", ws.dir, "--out", out, "--date", DATE], scratch);
const closing = cli.stderr.match(/\(([^)]*rendered[^)]*)\)/)?.[1] ?? "?";
console.log(
  `  CLI rebuild (fresh process, cache read from the output folder): ${ms(cli.ms)} (${closing})`,
);

// In process: a first build against the output folder warms up and holds its cache in memory;
// then one goal after another is edited, each edit followed by a rebuild. One rebuild on a busy
// machine says little, so the median of REBUILDS counts.
const warm = await buildSite({ dir: ws.dir, out, date: DATE });
if (!warm.ok) throw new Error("the in-process build failed");
const rebuilds: { ms: number; cpuMs: number; result: BuildSiteResult }[] = [];
for (let i = 1; i <= REBUILDS; i++) {
  await editGoal(ws.dir, Math.floor(shape.goals / 2) + i, "far");
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await buildSite({ dir: ws.dir, out, date: DATE, cache: warm.cache });
  const used = process.cpuUsage(cpu);
  rebuilds.push({
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    result,
  });
}
rebuilds.sort((a, b) => a.ms - b.ms);
const mid = rebuilds[Math.floor(rebuilds.length / 2)]!;
console.log(
  `  in-process rebuild (cache in memory), median of ${REBUILDS}: ${ms(mid.ms)} ` +
    `(fastest ${ms(rebuilds[0]!.ms)}; ${ms(mid.cpuMs)} cpu; ${statsOf(mid.result)}) ` +
    `(target ≤ ${ms(TARGET_REBUILD_MS)}: ${mid.ms <= TARGET_REBUILD_MS ? "met" : "NOT met"})`,
);
console.log(`  by stage (median run): ${timingsOf(mid.result)}`);
console.log(`  in-process peak memory: ${MiB(process.resourceUsage().maxRSS)} RSS`);

if (args.keep) console.log(`\nkept: ${ws.dir}, ${scratch}, ${hugoDir}`);
else
  await Promise.all([ws.dir, scratch, hugoDir].map((d) => rm(d, { recursive: true, force: true })));
