// Load+check benchmark (npm run bench): generates a 1,000-goal workspace in a temp folder, or takes
// `--dir` for a real one, and prints the time of read → model → check and the peak memory.
// Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/load-check.ts
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { runCheck } from "../src/check/run-check.js";
import { readWorkspace } from "../src/load/read-workspace.js";
import { buildWorkspace } from "../src/model/build-workspace.js";
import { DEFAULT_SHAPE, generateWorkspace } from "./generate-workspace.js";

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
const ms = (t: number) => `${t.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function writeGenerated(): Promise<{ dir: string; summary: string }> {
  const shape = {
    ...DEFAULT_SHAPE,
    goals: Number(args.goals),
    initiatives: Number(args.initiatives),
  };
  const files = generateWorkspace(shape);
  const dir = await mkdtemp(join(tmpdir(), "waymark-bench-"));
  let bytes = 0;
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  }
  const summary =
    `${shape.goals} goals, ${shape.goals * shape.initiatives} initiatives, ` +
    `${shape.stories} stories: ${files.size} files, ${MiB(bytes)} (${(bytes / 1024).toFixed(0)} KiB)`;
  return { dir, summary };
}

interface Timing {
  read: number;
  model: number;
  check: number;
  total: number;
  /** Process CPU time (user + system), less sensitive than wall time to a busy machine. */
  cpu: number;
  diagnostics: ReturnType<typeof runCheck>;
}

/** One load+check, timed by stage: the same calls `waymark check` makes. */
async function loadAndCheck(dir: string): Promise<Timing> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const files = await readWorkspace(dir);
  const t1 = performance.now();
  const { workspace, diagnostics: loaded } = buildWorkspace(files);
  const t2 = performance.now();
  const diagnostics = runCheck(workspace, loaded);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return {
    read: t1 - t0,
    model: t2 - t1,
    check: t3 - t2,
    total: t3 - t0,
    cpu: (cpu.user + cpu.system) / 1000,
    diagnostics,
  };
}

const generated = args.dir ? undefined : await writeGenerated();
const dir = args.dir ?? generated!.dir;
console.log(`workspace: ${generated?.summary ?? dir}`);
// Wall times swing with other work on the machine; the load average says how busy it was.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load ${load()}`);

const cold = await loadAndCheck(dir);
const warm: Timing[] = [];
let peakHeapUsed = process.memoryUsage().heapUsed;
for (let i = 0; i < Number(args.runs); i++) {
  warm.push(await loadAndCheck(dir));
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
}
const mid = (key: keyof Omit<Timing, "diagnostics">) => median(warm.map((t) => t[key]));

const errors = cold.diagnostics.filter((d) => d.severity === "error");
const warnings = cold.diagnostics.filter((d) => d.severity === "warning");
const byRule = new Map<string, number>();
for (const d of cold.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);

console.log(
  `load+check, first (cold) run: ${ms(cold.total)} ` +
    `(read ${ms(cold.read)}, model ${ms(cold.model)}, check ${ms(cold.check)}; cpu ${ms(cold.cpu)})`,
);
console.log(
  `load+check, median of ${warm.length} runs: ${ms(mid("total"))} ` +
    `(read ${ms(mid("read"))}, model ${ms(mid("model"))}, check ${ms(mid("check"))}; ` +
    `cpu ${ms(mid("cpu"))}; load ${load()})`,
);
console.log(
  `peak memory: ${MiB(process.resourceUsage().maxRSS * 1024)} RSS, ` +
    `heap used up to ${MiB(peakHeapUsed)}, heap total ${MiB(process.memoryUsage().heapTotal)}`,
);
console.log(
  `diagnostics: ${errors.length} errors, ${warnings.length} warnings` +
    (byRule.size ? ` (${[...byRule].map(([id, n]) => `${id} ${n}`).join(", ")})` : ""),
);
console.log(
  `target: median below ${ms(TARGET_MS)}: ${mid("total") < TARGET_MS ? "met" : "NOT met"}`,
);

if (generated && !args.keep) await rm(generated.dir, { recursive: true, force: true });
else if (generated) console.log(`kept: ${generated.dir}`);
