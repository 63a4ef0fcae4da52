import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export interface ServeRebuilds {
  /** Milliseconds from the start of each save to the first answer showing the new title. */
  ms: number[];
  /** What `waymark serve` printed while the edits ran ("reloaded in … ms" lines). */
  log: string;
  /** Each step's milliseconds, one entry per reload, as serve reported them. */
  steps: Map<string, number[]>;
}

/** The per-step figures of serve's "steps:" lines (WAYMARK_VERBOSE=1). */
export function reloadSteps(log: string): Map<string, number[]> {
  const steps = new Map<string, number[]>();
  for (const [, line] of log.matchAll(/steps: (.*)/g))
    for (const [, step, ms] of line!.matchAll(/(\w+) (\d+) ms/g))
      steps.set(step!, [...(steps.get(step!) ?? []), Number(ms)]);
  return steps;
}

/**
 * The one-file `serve` rebuild as a user sees it: `waymark serve` runs as its own process (the
 * real CLI), a goal's title is changed on disk, and the page is requested until it shows the new
 * title. End to end: the save, the watcher, the reload, the render and the HTTP answer.
 */
export async function measureServeRebuilds(
  bin: string,
  cwd: string,
  dir: string,
  date: string,
  edits: number,
  goals: number,
): Promise<ServeRebuilds> {
  const child = spawn(process.execPath, [bin, "serve", dir, "--port", "0", "--date", date], {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
    // WAYMARK_VERBOSE=1: each reload's steps are printed ("steps: update 1 ms, load …").
    env: { ...process.env, NO_COLOR: "1", WAYMARK_VERBOSE: "1" },
  });
  let log = "";
  child.stderr!.on("data", (chunk) => {
    log += chunk;
  });
  try {
    const url = await servingUrl(child, () => log);
    const checks = () => (log.match(/checked in/g) ?? []).length;
    const ms: number[] = [];
    for (let i = 0; i < edits; i++) {
      const goal = `goal-${String((i * 37) % goals).padStart(4, "0")}`;
      const file = join(dir, "goals", `${goal}.md`);
      const text = await readFile(file, "utf8");
      const title = `Goal renamed ${i} ${Date.now()}`;
      const checked = checks();
      const started = performance.now();
      await writeFile(file, text.replace(/^title: .*$/m, `title: ${title}`));
      const page = new URL(`goals/${goal}/`, url);
      for (;;) {
        const body = await (await fetch(page)).text();
        if (body.includes(title)) break;
        if (performance.now() - started > 30_000) throw new Error(`no new title on ${page}`);
      }
      ms.push(performance.now() - started);
      // Let the server settle before the next edit: its check of this edit done (it runs after
      // the new page is served) and its second look at the file, so each edit is measured alone.
      for (let waited = 0; checks() === checked && waited < 5000; waited += 10)
        await new Promise((done) => setTimeout(done, 10));
      await new Promise((done) => setTimeout(done, 100));
    }
    const reloads = log.slice(log.indexOf("Serving"));
    return { ms, log: reloads, steps: reloadSteps(reloads) };
  } finally {
    child.kill("SIGINT");
    await new Promise((done) => child.once("exit", done));
  }
}

/** The URL the CLI prints once it listens. */
export function servingUrl(child: ChildProcess, log: () => string): Promise<string> {
  return new Promise((done, fail) => {
    const look = () => {
      const url = log().match(/Serving (\S+)/)?.[1];
      if (url) {
        child.stderr!.off("data", look);
        done(url);
      }
    };
    child.stderr!.on("data", look);
    child.once("exit", (code) => fail(new Error(`waymark serve exited (${code}):\n${log()}`)));
  });
}
