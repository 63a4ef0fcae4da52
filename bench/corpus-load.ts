// Corpus benchmark: loads and checks each real workspace of ../shared/corpus (or of
// $WAYMARK_SHARED/corpus) in place, and prints the time of each stage (first run, then the median
// of --runs more), the files and diagnostics.
// Run: node --import tsx bench/corpus-load.ts [--runs 5] [--only wg-async]
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { LayoutName } from "../src/model/types.js";
import { formatMs, type Measurement, machineLine, measureLoadCheck, medianMs } from "./measure.js";

// The same folder the tests read (test/helpers/shared-corpus.ts): WAYMARK_SHARED or ../shared.
const CORPUS = join(
  process.env.WAYMARK_SHARED
    ? resolve(process.env.WAYMARK_SHARED)
    : join(import.meta.dirname, "..", "..", "shared"),
  "corpus",
);

/** The corpora, each read in place. Add a line per corpus. */
const CORPORA: { name: string; dir: string; layout?: LayoutName }[] = [
  { name: "wg-async", dir: join(CORPUS, "wg-async"), layout: "wg-async" },
  {
    name: "rust-project-goals",
    dir: join(CORPUS, "rust-project-goals"),
    layout: "rust-project-goals",
  },
];

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "5" }, only: { type: "string" } },
});

console.log(machineLine());
for (const corpus of CORPORA) {
  if (args.only && args.only !== corpus.name) continue;
  if (!existsSync(corpus.dir)) {
    console.log(`${corpus.name}: missing at ${corpus.dir}, skipped`);
    continue;
  }
  const first = await measureLoadCheck(corpus.dir, corpus.layout);
  const runs: Measurement[] = [];
  for (let i = 0; i < Number(args.runs); i++)
    runs.push(await measureLoadCheck(corpus.dir, corpus.layout));
  const errors = first.diagnostics.filter((d) => d.severity === "error").length;
  console.log(
    `${corpus.name}: ${first.files} Markdown files, ${first.items} items, ` +
      `${errors} errors, ${first.diagnostics.length - errors} other diagnostics`,
  );
  console.log(`  load+check, first run: ${formatMs(first.ms)}`);
  console.log(`  load+check, median of ${runs.length}: ${formatMs(medianMs(runs))}`);
}
