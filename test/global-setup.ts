import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { listFiles } from "../src/load/list-files.js";
import { COMPILED_CLI_DIR } from "./helpers/compiled-cli.js";
import { requireShared, SHARED_HINT, sharedMissingAll } from "./helpers/shared-corpus.js";

/**
 * Transpiles src/ once per test run (esbuild, no bundling, same folder layout) so the many tests
 * that spawn the CLI start it in a fraction of a second instead of compiling TypeScript each time.
 * Type checking stays with `npm run typecheck`.
 */
export default async function setup(): Promise<() => Promise<void>> {
  sayWhatSharedIsMissing();
  // Every temporary folder of the run (testdir.ts, the tests' own, the CLIs and browsers they
  // start) goes in one folder, removed when the run ends: the workers and their children take
  // TMPDIR as the system's temp folder. Left in /tmp, each run added about 600 folders, and tens
  // of thousands made every later build and bench on the machine slower.
  const folders = await mkdtemp(join(tmpdir(), "waymark-tests-"));
  process.env.TMPDIR = folders;
  const entryPoints = (await listFiles("src"))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => `src/${f}`);
  await rm(COMPILED_CLI_DIR, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: COMPILED_CLI_DIR,
    outbase: "src",
    format: "esm",
    platform: "node",
    target: "node20",
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "warning",
  });
  return () => rm(folders, { recursive: true, force: true });
}

/** One line, before any test runs, when the seeds or corpora are missing (see shared-corpus.ts). */
function sayWhatSharedIsMissing(): void {
  const missing = sharedMissingAll();
  if (!missing.length) return;
  const what = missing.join("; ");
  if (requireShared())
    console.error(
      `WAYMARK_REQUIRE_SHARED=1 and ${what}: the corpus tests fail. To fix, ${SHARED_HINT}.`,
    );
  else console.warn(`Corpus tests will be skipped: ${what}. To run them, ${SHARED_HINT}.`);
}
