import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Boots a worker from the TypeScript sources (a checkout, the tests): registers tsx in the new
 * thread, whose module loader is its own, then imports the worker module.
 */
const TSX_BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx)
  .then((api) => (api.register ?? api.default.register)({ tsconfig: workerData.tsconfig }))
  .then(() => import(workerData.entry));
`;

/**
 * A parse worker (`parse-worker.ts`), started the way this code runs: the one-file CLI bundle
 * (scripts/bundle.ts) has `parse-worker.js` beside it; the sources need tsx, from the dev
 * dependencies. `url` replaces the worker module (tests of the fallback).
 * Its output is never shown: a worker that fails only means parsing on the main thread.
 */
export function startParseWorker(url?: URL): Worker {
  const options = { stdout: true, stderr: true } as const;
  const source = import.meta.url.endsWith(".ts");
  const entry = url ?? new URL(source ? "./parse-worker.ts" : "./parse-worker.js", import.meta.url);
  let worker: Worker;
  if (entry.pathname.endsWith(".ts")) {
    const tsconfig = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
    const tsx = tsxApi();
    worker = new Worker(TSX_BOOT, {
      ...options,
      eval: true,
      workerData: { tsx, entry: entry.href, tsconfig: existsSync(tsconfig) ? tsconfig : false },
    });
  } else worker = new Worker(entry, options);
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/** The URL of tsx's ESM API (its CommonJS one cannot register the hooks in a worker). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports["./esm/api"]!.import.default)).href;
}
