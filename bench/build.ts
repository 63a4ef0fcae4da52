// Build benchmark (npm run bench:build): generates a 1,000-goal workspace and measures, in paired
// runs (waymark, then Hugo, on the same pages, one right after the other so both see the same load):
//   1. cold build: the real CLI in a fresh process, no output folder and no parse pack, with peak
//      memory, next to Hugo building the same Markdown pages with a tiny layout (Debian's hugo,
//      installed if missing);
//   2. warm build: the same again with the output folder and the parse pack kept (0 pages
//      rendered), next to Hugo building again; then one goal's title changed and built again
//      (the pages that show it rendered, the rest kept);
//   3. one-file serve rebuild: `waymark serve` in its own process, a goal's title changed on
//      disk, the page requested until it shows the new title (bench/serve-rebuild.ts), with
//      each step of serve's reload (update, load with the model, track, routes; the check runs
//      after the new site is served).
// Each figure is given as min / median / max, and the size of the site's search index is printed.
// Aims (issue 11): cold ≤ 2× Hugo, warm ≤ 1× Hugo,
// cold peak memory ≤ 1.5× Hugo's, serve rebuild ≤ 50 ms median.
//   4. `check` of the real rust-project-goals corpus (a copy of ../shared's, when present), warm.
//   5. what a cold build cannot skip, whatever its renderer: the load, model and check (`waymark
//      check` with no parse pack, Node's start-up included), and writing the same files with
//      plain calls (bench/cold-floor.ts), set against 2× Hugo's cold median.
// Waymark runs as users get it: the bundle `npm run build` makes (scripts/bundle.ts).
// Options: --runs N (default 5), --edits N (default 21), --goals N, --keep.
// Profile with: npm run bundle && node --cpu-prof --cpu-prof-dir=/tmp/prof dist/waymark.js build <dir> --out <out>
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chmod, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { siteShape, writeSameTree } from "./cold-floor.js";
import { commandWorks, ensureDebianPackage } from "./debian-package.js";
import { DEFAULT_SHAPE } from "./generate-workspace.js";
import { writeHugoSite } from "./hugo-site.js";
import { loadNow, machineLine } from "./measure.js";
import { measureServeRebuilds } from "./serve-rebuild.js";
import { writeGeneratedWorkspace } from "./write-workspace.js";

/** Inside the generated 2024h2 period, so the build date never changes what is rendered. */
const DATE = "2024-09-15";
const REPO = join(import.meta.dirname, "..");
const GNU_TIME = "/usr/bin/time";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    edits: { type: "string", default: "21" },
    goals: { type: "string", default: String(DEFAULT_SHAPE.goals) },
    keep: { type: "boolean", default: false },
  },
});

interface Run {
  ms: number;
  /** CPU milliseconds of user and system time, across all the command's threads. */
  cpuMs: number;
  peakKiB: number;
  stderr: string;
}

/** Runs a command under GNU time: wall time, CPU time and peak resident memory. */
function timed(command: string, commandArgs: string[], scratch: string): Run {
  const report = join(scratch, "time.txt");
  const started = performance.now();
  const run = spawnSync(GNU_TIME, ["-f", "%U %S %M", "-o", report, command, ...commandArgs], {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const wall = performance.now() - started;
  if (run.status !== 0)
    throw new Error(`${command} ${commandArgs.join(" ")} failed (${run.status}):\n${run.stderr}`);
  const [user = 0, sys = 0, peak = 0] = readFileSync(report, "utf8")
    .trim()
    .split("\n")
    .pop()!
    .split(" ")
    .map(Number);
  return { ms: wall, cpuMs: (user + sys) * 1000, peakKiB: peak, stderr: run.stderr };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[], unit = (x: number) => `${x.toFixed(0)} ms`) =>
  `${unit(sorted(xs)[0]!)} / ${unit(median(xs))} / ${unit(sorted(xs).at(-1)!)}`;
const MiB = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

ensureDebianPackage("hugo", () => commandWorks("hugo", ["version"]));
ensureDebianPackage("time", () => existsSync(GNU_TIME));

const shape = { ...DEFAULT_SHAPE, goals: Number(args.goals) };
const ws = await writeGeneratedWorkspace(shape);
const scratch = await mkdtemp(join(tmpdir(), "waymark-bench-out-"));
// Inside the checkout, so the bundle finds its dependencies in node_modules.
const BIN = join(REPO, "node_modules", ".cache", "waymark-bench", "waymark.js");
const bundled = spawnSync(process.execPath, ["--import", "tsx", "scripts/bundle.ts", BIN], {
  cwd: REPO,
  encoding: "utf8",
});
if (bundled.status !== 0) throw new Error(`bundling failed:\n${bundled.stderr}`);
const out = join(scratch, "site");
const hugoOut = join(scratch, "hugo");
const hugoDir = await writeHugoSite(ws.files);
const hugoVersion = spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout.split(" ")[1];
console.log(`workspace: ${ws.summary}`);
console.log(`${machineLine()}, hugo ${hugoVersion}`);

const build = () =>
  timed(process.execPath, [BIN, "build", ws.dir, "--out", out, "--date", DATE], scratch);
const hugo = () =>
  timed("hugo", ["--quiet", "--source", hugoDir, "--destination", hugoOut], scratch);
const runs = Number(args.runs);
const cold: { waymark: Run; hugo: Run }[] = [];
const warm: { waymark: Run; hugo: Run }[] = [];
const edited: Run[] = [];
const editedAgain: Run[] = [];
// One goal's title changed, then `build`: what a user waits for after editing one file.
const goalFile = join(ws.dir, "goals", "goal-0000.md");
const goalText = readFileSync(goalFile, "utf8");
for (let i = 1; i <= runs; i++) {
  console.log(`run ${i}/${runs} (${loadNow()})…`);
  await Promise.all(
    [out, hugoOut, join(ws.dir, ".waymark"), join(hugoDir, "resources")].map((d) =>
      rm(d, { recursive: true, force: true }),
    ),
  );
  cold.push({ waymark: build(), hugo: hugo() });
  warm.push({ waymark: build(), hugo: hugo() });
  const closing = warm.at(-1)!.waymark.stderr.match(/\(([^)]*rendered[^)]*)\)/)?.[1];
  if (!closing?.startsWith("0 rendered")) throw new Error(`the warm build rendered: ${closing}`);
  // The first edit after a cold build makes its tree from nothing; later ones reuse the spare.
  writeFileSync(goalFile, goalText.replace(/^title: (.*)$/m, `title: $1 (edit ${i})`));
  edited.push(build());
  writeFileSync(goalFile, goalText.replace(/^title: (.*)$/m, `title: $1 (edit ${i}, again)`));
  editedAgain.push(build());
  writeFileSync(goalFile, goalText);
}

const searchIndex = readFileSync(join(out, "search-index.json"));
console.log(
  `search index: ${(searchIndex.length / 1024).toFixed(0)} KiB, ` +
    `${(gzipSync(searchIndex).length / 1024).toFixed(0)} KiB gzipped`,
);
const startup = timed(process.execPath, [BIN, "--version"], scratch);
const report = (name: string, pairs: { waymark: Run; hugo: Run }[], target: number) => {
  const ratios = pairs.map((p) => p.waymark.ms / p.hugo.ms);
  console.log(`\n${name} build, min / median / max of ${pairs.length} paired runs:`);
  console.log(
    `  waymark: ${spread(pairs.map((p) => p.waymark.ms))} wall, ` +
      `${spread(pairs.map((p) => p.waymark.cpuMs))} cpu, peak ${spread(
        pairs.map((p) => p.waymark.peakKiB),
        MiB,
      )}`,
  );
  console.log(
    `  hugo:    ${spread(pairs.map((p) => p.hugo.ms))} wall, ` +
      `${spread(pairs.map((p) => p.hugo.cpuMs))} cpu, peak ${spread(
        pairs.map((p) => p.hugo.peakKiB),
        MiB,
      )}`,
  );
  console.log(
    `  ratio waymark/hugo (per pair): ${spread(ratios, (r) => `${r.toFixed(2)}×`)} wall ` +
      `(target ≤ ${target}× median: ${verdict(median(ratios) <= target)})`,
  );
  // Hugo's own time varies several-fold on a shared machine: the medians' ratio is steadier.
  const ofMedians = (pick: (r: Run) => number) =>
    `${(median(pairs.map((p) => pick(p.waymark))) / median(pairs.map((p) => pick(p.hugo)))).toFixed(2)}×`;
  console.log(
    `  ratio of the medians: ${ofMedians((r) => r.ms)} wall, ${ofMedians((r) => r.cpuMs)} cpu`,
  );
};
report("cold", cold, 2);
const peakRatio = median(cold.map((p) => p.waymark.peakKiB / p.hugo.peakKiB));
console.log(
  `  peak memory ratio (median): ${peakRatio.toFixed(2)}× (target ≤ 1.5×: ${verdict(peakRatio <= 1.5)})`,
);
report("warm", warm, 1);
console.log(`  CLI start-up (\`waymark --version\`): ${startup.ms.toFixed(0)} ms`);
const editLine = (name: string, runs: Run[]) =>
  console.log(
    `  ${name}: ${spread(runs.map((r) => r.ms))} wall, ${spread(runs.map((r) => r.cpuMs))} cpu`,
  );
console.log(`\none goal's title changed, then build, ${edited.length} runs:`);
editLine("first edit after the cold build", edited);
editLine("the next edit (through the spare tree)", editedAgain);

// 5. The floor: what is left for rendering within 2× Hugo once the unavoidable is done.
const built = siteShape(out);
const bare: Run[] = [];
const checked: Run[] = [];
const written: number[] = [];
for (let i = 0; i < runs; i++) {
  bare.push(timed(process.execPath, ["-e", "0"], scratch));
  await rm(join(ws.dir, ".waymark"), { recursive: true, force: true });
  checked.push(timed(process.execPath, [BIN, "check", ws.dir], scratch));
  written.push(writeSameTree(built, join(scratch, "same-tree")));
}
const hugoCold = median(cold.map((p) => p.hugo.ms));
const floor = median(checked.map((r) => r.ms)) + median(written);
console.log(`
what a cold build cannot skip, min / median / max of ${runs} runs:`);
console.log(
  `  node starting, running nothing (part of the next line): ${spread(bare.map((r) => r.ms))}`,
);
console.log(
  `  load, model and check (\`waymark check\`, no parse pack; it also writes one): ${spread(checked.map((r) => r.ms))}`,
);
console.log(
  `  writing the site's ${built.files.length} files (${(built.bytes / 2 ** 20).toFixed(0)} MiB) with plain synchronous calls: ${spread(written)}`,
);
console.log(
  `  sum of the medians: ${floor.toFixed(0)} ms, ${(floor / hugoCold).toFixed(2)}× Hugo's cold median ` +
    `(${hugoCold.toFixed(0)} ms); within 2× Hugo, rendering ${built.files.length} files has ` +
    `${(2 * hugoCold - floor).toFixed(0)} ms left`,
);

const RPG = join(REPO, "..", "shared", "corpus", "rust-project-goals");
if (existsSync(RPG)) {
  // A writable copy: the shared corpus is read-only, so `check` could keep no parse pack there.
  const copy = join(scratch, "rpg");
  await cp(RPG, copy, { recursive: true });
  await chmod(copy, 0o755);
  const check = () => timed(process.execPath, [BIN, "check", copy], scratch);
  check();
  const checks = Array.from({ length: runs }, check);
  console.log(
    `\n\`check\` of the rust-project-goals corpus, warm, ${runs} runs: ` +
      `${spread(checks.map((c) => c.ms))} wall, ${spread(checks.map((c) => c.cpuMs))} cpu ` +
      `(target ≤ 1 s: ${verdict(median(checks.map((c) => c.ms)) <= 1000)})`,
  );
} else console.log("\n`check` of the rust-project-goals corpus: skipped, no ../shared/corpus");

console.log(`\none-file serve rebuild, save → new title served (${loadNow()})…`);
const serve = await measureServeRebuilds(BIN, REPO, ws.dir, DATE, Number(args.edits), shape.goals);
console.log(
  `  min / median / max of ${serve.ms.length} edits: ${spread(serve.ms)} ` +
    `(target ≤ 50 ms median: ${verdict(median(serve.ms) <= 50)})`,
);
const reloads = [...serve.log.matchAll(/reloaded in (\d+) ms/g)].map((m) => Number(m[1]));
if (reloads.length)
  console.log(`  of which the reload in the server (to the new site served): ${spread(reloads)}`);
for (const [step, ms] of serve.steps) console.log(`    ${step}: ${spread(ms)}`);
console.log(
  `\nmachine load at the end: ${loadNow()} (the machine is shared: wall times are noisy)`,
);

if (args.keep) console.log(`\nkept: ${ws.dir}, ${scratch}, ${hugoDir}`);
else
  await Promise.all([ws.dir, scratch, hugoDir].map((d) => rm(d, { recursive: true, force: true })));
