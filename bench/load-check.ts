// Load+check benchmark (npm run bench): generates a 1,000-goal workspace in a temp folder, or takes
// `--dir` for a real one, and prints the time of read → model → check and the peak memory: first
// parsing every file (--no-cache), then with the parse pack in .waymark-cache/ written once and
// read back by every later run (what `waymark check` does on an unchanged workspace).
// Options: --goals N, --initiatives N (per goal), --runs N, --keep (leave the workspace), --dir D.
// Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/load-check.ts --runs 1
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { runCheck } from "../src/check/run-check.js";
import { withParseCache } from "../src/load/parse-markdown.js";
import { CACHE_DIR, loadParsePack, PACK_FILE } from "../src/load/parse-pack.js";
import { readWorkspace } from "../src/load/read-workspace.js";
import { buildWorkspace } from "../src/model/build-workspace.js";
import { DEFAULT_SHAPE } from "./generate-workspace.js";
import {
  formatMs,
  loadNow,
  type Measurement,
  machineLine,
  measureLoadCheck,
  medianMs,
  ms,
} from "./measure.js";
import { writeGeneratedWorkspace } from "./write-workspace.js";

const TARGET_MS = 1000;

const { values: args } = parseArgs({
  options: {
    dir: { type: "string" },
    goals: { type: "string", default: String(DEFAULT_SHAPE.goals) },
    initiatives: { type: "string", default: String(DEFAULT_SHAPE.initiatives) },
    runs: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
  },
});

const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const generated = args.dir
  ? undefined
  : await writeGeneratedWorkspace({
      ...DEFAULT_SHAPE,
      goals: Number(args.goals),
      initiatives: Number(args.initiatives),
    });
const dir = args.dir ?? generated!.dir;
console.log(`workspace: ${generated?.summary ?? dir}`);
console.log(machineLine());

/** One `waymark check` with the parse pack: read (with the pack's load), model (with its save), check. */
async function measureCached(): Promise<Measurement & { misses: number }> {
  const cpu0 = process.cpuUsage();
  const laps = [performance.now()];
  const files = await readWorkspace(dir);
  const cache = await loadParsePack(files.root);
  laps.push(performance.now());
  const built = withParseCache(cache, () => buildWorkspace(files));
  await cache.save(files.root);
  laps.push(performance.now());
  const diagnostics = runCheck(built.workspace, built.diagnostics);
  laps.push(performance.now());
  const cpu = process.cpuUsage(cpu0);
  const [read, model, check] = laps.slice(1).map((t, i) => t - laps[i]!) as [
    number,
    number,
    number,
  ];
  const total = read + model + check;
  const { documents, items } = built.workspace;
  const ms = { read, model, check, total, cpu: (cpu.user + cpu.system) / 1000 };
  return { ms, files: documents.length, items: items.length, diagnostics, misses: cache.misses };
}

const runs = Math.max(1, Number(args.runs));
let peakHeapUsed = process.memoryUsage().heapUsed;
const notePeak = () => {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
};
const peakLine = () =>
  `${MiB(process.resourceUsage().maxRSS * 1024)} RSS, heap used up to ${MiB(peakHeapUsed)}`;

const cold = await measureLoadCheck(dir);
const warm: Measurement[] = [];
for (let i = 0; i < runs; i++) {
  warm.push(await measureLoadCheck(dir));
  notePeak();
}
const mid = medianMs(warm);
const uncachedPeak = peakLine();

await rm(join(dir, CACHE_DIR), { recursive: true, force: true });
const first = await measureCached();
const packBytes = await stat(join(dir, CACHE_DIR, PACK_FILE)).then(
  (s) => s.size,
  () => 0,
);
const cached: Measurement[] = [];
let misses = 0;
for (let i = 0; i < runs; i++) {
  const run = await measureCached();
  misses += run.misses;
  cached.push(run);
  notePeak();
}
const cachedMid = medianMs(cached);

const errors = cold.diagnostics.filter((d) => d.severity === "error");
const warnings = cold.diagnostics.filter((d) => d.severity === "warning");
const byRule = new Map<string, number>();
for (const d of cold.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);

console.log(`no cache, first (cold) run: ${formatMs(cold.ms)}`);
console.log(`no cache, median of ${warm.length} runs: ${formatMs(mid)}; ${loadNow()}`);
console.log(`no cache, peak memory: ${uncachedPeak}`);
console.log(`parse pack, first run (parses, writes the pack): ${formatMs(first.ms)}`);
console.log(
  `parse pack, median of ${cached.length} runs reading it (${MiB(packBytes)}, ${misses} files parsed): ` +
    `${formatMs(cachedMid)}; ${loadNow()}`,
);
console.log(`peak memory, both: ${peakLine()}, heap total ${MiB(process.memoryUsage().heapTotal)}`);
console.log(
  `model: ${cold.files} Markdown files, ${cold.items} goals and initiatives; ` +
    `diagnostics: ${errors.length} errors, ${warnings.length} warnings` +
    (byRule.size ? ` (${[...byRule].map(([id, n]) => `${id} ${n}`).join(", ")})` : ""),
);
console.log(
  `target: median below ${ms(TARGET_MS)}: no cache ${mid.total < TARGET_MS ? "met" : "NOT met"}, ` +
    `parse pack ${cachedMid.total < TARGET_MS ? "met" : "NOT met"}`,
);

if (generated && !args.keep) await rm(generated.dir, { recursive: true, force: true });
else if (generated) console.log(`kept: ${generated.dir}`);
