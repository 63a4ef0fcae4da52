import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

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
 * A worker module: `new URL("./name.ts", import.meta.url)` in the module that starts it. Run from
 * anything but the sources, `name.js` in the same folder runs: the compiled file beside the
 * caller's, or the worker's own bundle beside the CLI's (scripts/bundle.ts).
 */
export interface WorkerModule {
  source: URL;
  /** The worker's heap limits, when its own would cost more memory than it needs. */
  resourceLimits?: ResourceLimits;
}

/**
 * A worker thread running `module`, started the way this code runs (see WorkerModule): the
 * sources need tsx, from the dev dependencies. A URL instead runs that module (tests of a fallback). Its output is never shown:
 * a worker that fails only means the work is done on the main thread.
 */
export function startWorker(module: WorkerModule | URL): Worker {
  const limits = module instanceof URL ? undefined : module.resourceLimits;
  const options = { stdout: true, stderr: true, resourceLimits: limits } as const;
  const source = import.meta.url.endsWith(".ts");
  const entry =
    module instanceof URL
      ? module
      : source
        ? module.source
        : new URL(module.source.href.replace(/\.ts$/, ".js"));
  let worker: Worker;
  if (entry.pathname.endsWith(".ts")) {
    const tsconfig = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
    const tsx = tsxApi();
    worker = new Worker(TSX_BOOT, {
      ...options,
      eval: true,
      workerData: { tsx, entry: entry.href, tsconfig: existsSync(tsconfig) ? tsconfig : false },
    });
  } else {
    // A missing file would fail only once the thread runs: said now, so the caller falls back.
    if (entry.protocol === "file:" && !existsSync(entry)) throw new Error(`no worker at ${entry}`);
    worker = new Worker(entry, options);
  }
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
