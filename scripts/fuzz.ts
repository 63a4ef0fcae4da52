// `npm run fuzz [-- --runs 10000]`: every fast-check property in the tests, from random seeds,
// `runs` runs in all, shared in proportion to the runs each has in `npm test` (which runs them
// from one fixed seed). A counterexample prints its seed and path; add it as a fixed case.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { runs: { type: "string", default: "10000" } } });
const total = Number(values.runs);
if (!Number.isInteger(total) || total <= 0) {
  console.error(`Unexpected --runs ${values.runs}, expected a positive whole number`);
  process.exit(2);
}

/** Test files with properties, and the runs each property has in `npm test`. */
const files: string[] = [];
const baseline: number[] = [];
for (const dir of ["src", "test"])
  for (const file of readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.test\.tsx?$/.test(file)) continue;
    const text = readFileSync(join(root, dir, file), "utf8");
    const runs = [...text.matchAll(/\bpropertyRuns\(([\d_]+)\)/g)].map((m) =>
      Number(m[1]!.replace(/_/g, "")),
    );
    if (runs.length) files.push(join(dir, file));
    baseline.push(...runs);
  }
const scale = total / baseline.reduce((a, b) => a + b, 0);
const runs = baseline.reduce((n, b) => n + Math.ceil(b * scale), 0);
console.log(`fuzz: ${baseline.length} properties in ${files.length} files, ${runs} runs in all`);
const vitest = spawnSync("npx", ["vitest", "run", "--testTimeout=0", ...files], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, WAYMARK_FUZZ_SCALE: String(scale) },
});
process.exit(vitest.status ?? 1);
