// Corpus benchmark: loads and checks each real workspace of ../shared/corpus in place, and prints
// the time of each stage (first run, then the median of --runs more), the files and diagnostics.
// Run: node --import tsx bench/corpus-load.ts [--runs 5] [--only wg-async]
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { runCheck } from "../src/check/run-check.js";
import { readWorkspace } from "../src/load/read-workspace.js";
import { buildWorkspace } from "../src/model/build-workspace.js";
import type { LayoutName } from "../src/model/types.js";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus");

/** The corpora, each read in place. Add a line per corpus. */
const CORPORA: { name: string; dir: string; layout?: LayoutName }[] = [
  { name: "wg-async", dir: join(CORPUS, "wg-async"), layout: "wg-async" },
];

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "5" }, only: { type: "string" } },
});

type Stage = "read" | "model" | "check";

/** One `waymark check`, as the CLI makes it, with the wall time of each stage. */
async function measure(dir: string, layout?: LayoutName) {
  const at = [performance.now()];
  const files = await readWorkspace(dir);
  at.push(performance.now());
  const { workspace, diagnostics: loaded } = buildWorkspace(files, { layout });
  at.push(performance.now());
  const diagnostics = runCheck(workspace, loaded);
  at.push(performance.now());
  const took = (i: number) => at[i + 1]! - at[i]!;
  return {
    ms: { read: took(0), model: took(1), check: took(2) } as Record<Stage, number>,
    files: workspace.documents.length,
    items: workspace.items.length,
    diagnostics,
  };
}

const fmt = (t: Record<Stage, number>) => {
  const total = t.read + t.model + t.check;
  return `${total.toFixed(0)} ms (read ${t.read.toFixed(0)}, model ${t.model.toFixed(0)}, check ${t.check.toFixed(0)})`;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`);
for (const corpus of CORPORA) {
  if (args.only && args.only !== corpus.name) continue;
  if (!existsSync(corpus.dir)) {
    console.log(`${corpus.name}: missing at ${corpus.dir}, skipped`);
    continue;
  }
  const first = await measure(corpus.dir, corpus.layout);
  const runs = [];
  for (let i = 0; i < Number(args.runs); i++) runs.push(await measure(corpus.dir, corpus.layout));
  const mid = Object.fromEntries(
    (["read", "model", "check"] as const).map((s) => [s, median(runs.map((r) => r.ms[s]))]),
  ) as Record<Stage, number>;
  const errors = first.diagnostics.filter((d) => d.severity === "error").length;
  console.log(
    `${corpus.name}: ${first.files} Markdown files, ${first.items} items, ` +
      `${errors} errors, ${first.diagnostics.length - errors} other diagnostics`,
  );
  console.log(`  load+check, first run: ${fmt(first.ms)}`);
  console.log(`  load+check, median of ${runs.length}: ${fmt(mid)}`);
}
