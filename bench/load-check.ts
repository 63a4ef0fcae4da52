// Load+check benchmark (npm run bench): generates a 1,000-goal workspace in a temp folder, or takes
// `--dir` for a real one, and prints the time of read → model → check and the peak memory.
// Options: --goals N, --initiatives N (per goal), --runs N, --keep (leave the workspace), --dir D.
// Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/load-check.ts --runs 1
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
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

const cold = await measureLoadCheck(dir);
const warm: Measurement[] = [];
let peakHeapUsed = process.memoryUsage().heapUsed;
for (let i = 0; i < Math.max(1, Number(args.runs)); i++) {
  warm.push(await measureLoadCheck(dir));
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
}
const mid = medianMs(warm);

const errors = cold.diagnostics.filter((d) => d.severity === "error");
const warnings = cold.diagnostics.filter((d) => d.severity === "warning");
const byRule = new Map<string, number>();
for (const d of cold.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);

console.log(`load+check, first (cold) run: ${formatMs(cold.ms)}`);
console.log(`load+check, median of ${warm.length} runs: ${formatMs(mid)}; ${loadNow()}`);
console.log(
  `peak memory: ${MiB(process.resourceUsage().maxRSS * 1024)} RSS, ` +
    `heap used up to ${MiB(peakHeapUsed)}, heap total ${MiB(process.memoryUsage().heapTotal)}`,
);
console.log(
  `model: ${cold.files} Markdown files, ${cold.items} goals and initiatives; ` +
    `diagnostics: ${errors.length} errors, ${warnings.length} warnings` +
    (byRule.size ? ` (${[...byRule].map(([id, n]) => `${id} ${n}`).join(", ")})` : ""),
);
console.log(`target: median below ${ms(TARGET_MS)}: ${mid.total < TARGET_MS ? "met" : "NOT met"}`);

if (generated && !args.keep) await rm(generated.dir, { recursive: true, force: true });
else if (generated) console.log(`kept: ${generated.dir}`);
