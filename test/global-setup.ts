import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { listFiles } from "../src/load/list-files.js";
import { COMPILED_CLI_DIR } from "./helpers/compiled-cli.js";

/**
 * Transpiles src/ once per test run (esbuild, no bundling, same folder layout) so the many tests
 * that spawn the CLI start it in a fraction of a second instead of compiling TypeScript each time.
 * Type checking stays with `npm run typecheck`.
 */
export default async function setup(): Promise<void> {
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
}
