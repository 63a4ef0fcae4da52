import { availableParallelism, loadavg } from "node:os";
import { setImmediate } from "node:timers/promises";
import type { Worker } from "node:worker_threads";
import { DEFAULT_LIMITS, limitsKey } from "./limits.js";
import { parseFileAhead } from "./parse-file-ahead.js";
import type { ParseCache } from "./parse-markdown.js";
import type { ParseBatch, ParsedBatch } from "./parse-worker.js";
import { startWorker } from "./start-worker.js";

/** Sets how many worker threads parse ahead: 0 for none; unset, one per idle core but one, from 3. */
export const WORKERS_VARIABLE = "WAYMARK_PARSE_WORKERS";

/** Below this many files to parse, starting a worker costs more than it saves. */
const MIN_FILES = 256;
/** Files per message: small enough that the threads finish together. */
const BATCH = 16;
const MAX_WORKERS = 16;
/** Cores a machine needs before workers start by default (`idleCores`). */
const MIN_CORES = 3;
const PARSE_WORKER = {
  source: new URL("./parse-worker.ts", import.meta.url),
};

export interface ParseAheadOptions {
  /** Worker threads to use; by default from WAYMARK_PARSE_WORKERS or the cores. */
  workers?: number;
  /** False leaves every batch to the workers, the main thread parsing only what they could not (tests). */
  mainThread?: boolean;
  /** The worker module, instead of `parse-worker` (tests of the fallback). */
  workerUrl?: URL;
}

/**
 * Parses ahead, in parallel, the Markdown files `cache` has nothing for (a cold build's), so that
 * the synchronous load that follows finds every parse made. The main thread parses batches too,
 * and worker threads (one per other core left idle, `idleCores`; none for fewer than MIN_FILES
 * files) parse the others and send back the parse pack's entries, which `cache`
 * decodes when the load asks. A worker gets its first batch once it has started, so a small
 * workspace is parsed by the main thread alone while the workers are still loading. The results
 * are those of the load's own parse: a file whose parse depends on the thread's stack (near a
 * limit, `parseFileAhead`) is left to the load, and so is every file a worker could not parse
 * (it failed to start, crashed): the workers only ever save time. All have ended on return.
 */
export async function parseAhead(
  cache: ParseCache,
  files: Iterable<{ path: string; text: string }>,
  options: ParseAheadOptions = {},
): Promise<void> {
  const explicit = options.workers ?? readWorkers();
  // Raised limits let a parse go deep enough to depend on the stack: left to the load.
  if (explicit === 0 || limitsKey() !== JSON.stringify(DEFAULT_LIMITS)) return;
  // Known before the files are looked at: most loads (serve's reloads, two cores) start none.
  const count = Math.min(explicit ?? idleCores(), MAX_WORKERS);
  if (count < 1) return;
  const todo: ParseBatch = [];
  for (const { path, text } of files) {
    const lacks = (parser: string) => cache.lacks(parser, path, text);
    if (/\.md$/i.test(path) && lacks("front-matter") && lacks("markdown")) todo.push([path, text]);
  }
  if (explicit === undefined && todo.length < MIN_FILES) return;
  const started = performance.now();
  const queue: ParseBatch[] = [];
  for (let i = 0; i < todo.length; i += BATCH) queue.push(todo.slice(i, i + BATCH));
  const workers: Worker[] = [];
  const running: Feeding[] = [];
  for (let i = 0; i < Math.min(count, queue.length); i++) {
    try {
      workers.push(startWorker(options.workerUrl ?? PARSE_WORKER));
      running.push(feed(workers[i]!, queue, cache));
    } catch {
      // No worker (the sources without tsx, a platform without threads): the main thread parses.
      break;
    }
  }
  let here = 0;
  try {
    here = await parseHere(cache, queue, running, options.mainThread ?? true);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (process.env.WAYMARK_VERBOSE === "1") {
    const ms = Math.round(performance.now() - started);
    const threads = `${workers.length} worker thread${workers.length === 1 ? "" : "s"}`;
    process.stderr.write(
      `waymark: parsed ${todo.length} files ahead in ${ms} ms, ${todo.length - here} on ${threads}\n`,
    );
  }
}

/**
 * The main thread's part: a batch at a time, letting the workers' answers in between, until the
 * queue is empty; then whatever a failed worker gave back. `share` false leaves the queue to the
 * workers until they are done. Returns how many files it parsed.
 */
async function parseHere(
  cache: ParseCache,
  queue: ParseBatch[],
  running: Feeding[],
  share: boolean,
): Promise<number> {
  let here = 0;
  do {
    for (let batch = share && queue.shift(); batch; batch = queue.shift()) {
      for (const [file, text] of batch) offerParsed(cache, file, text);
      here += batch.length;
      await setImmediate();
    }
    // A worker still starting gets nothing more: the main thread has done its share.
    if (share) for (const feeding of running) feeding.stop();
    await Promise.all(running.map((feeding) => feeding.settled));
    share = true;
  } while (queue.length);
  return here;
}

/**
 * Workers worth starting: one per core beyond the main thread's that other processes leave idle
 * (by the load average), on machines of three cores or more. A worker costs CPU of its own (it
 * starts, compiles the parsers again, sends its trees), and on two cores it did not pay: on the
 * 2-vCPU machine this was measured on, two busy threads run at 0.58 times the speed of one each
 * (1.15 times the throughput, as hyperthreads of one core do), and a cold build with a worker
 * took 1.3 to 2.4 s longer for 1.2 to 2.4 s more CPU (docs/architecture.md).
 */
function idleCores(): number {
  const cores = availableParallelism();
  if (cores < MIN_CORES) return 0;
  // Rounded: a run of builds one after another keeps the average near one busy core (its own).
  return Math.min(cores - 1, Math.round(cores - loadavg()[0]!));
}

/** The count WAYMARK_PARSE_WORKERS asks for, or undefined (also when it is not a count). */
function readWorkers(): number | undefined {
  const value = process.env[WORKERS_VARIABLE]?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Parses `file` here and offers the result, unless the load must parse it itself. */
function offerParsed(cache: ParseCache, file: string, text: string): void {
  const parsed = parseFileAhead(file, text);
  if (!parsed) return;
  cache.offer("front-matter", file, text, { value: parsed.frontMatter });
  cache.offer("markdown", file, text, { value: parsed.markdown });
}

/** A worker being fed: `settled` once it is done or failed; `stop` ends it when it holds no batch. */
interface Feeding {
  settled: Promise<void>;
  stop(): void;
}

/**
 * Sends `worker` batches from `queue` once it says it is ready, offering what comes back, until
 * the queue is empty or the worker fails, giving its batch back to the queue.
 */
function feed(worker: Worker, queue: ParseBatch[], cache: ParseCache): Feeding {
  let batch: ParseBatch | undefined;
  let done = () => {};
  const settled = new Promise<void>((resolve) => {
    done = resolve;
  });
  const next = () => {
    batch = queue.shift();
    if (batch) worker.postMessage(batch);
    else done();
  };
  const failed = () => {
    if (batch) queue.push(batch);
    batch = undefined;
    done();
  };
  worker.on("message", (parsed: ParsedBatch | "ready") => {
    if (parsed !== "ready") {
      batch?.forEach(([file, text], i) => {
        const stored = parsed[i];
        if (!stored) return;
        cache.offer("front-matter", file, text, { stored });
        cache.offer("markdown", file, text, { stored: stored.tree });
      });
    }
    next();
  });
  worker.on("error", failed);
  worker.on("messageerror", failed);
  worker.on("exit", failed);
  return { settled, stop: () => batch || done() };
}
