import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { planInit } from "../src/create/plan-init.js";
import { buildSite } from "../src/publish/site/build-site.js";
import { CACHE_DIR } from "../src/publish/site/cache-paths.js";
import { siblings } from "../src/publish/site/output-folder.js";
import { WRITE_THREAD_VARIABLE } from "../src/publish/site/write-site.js";
import { COMPILED_CLI } from "./helpers/compiled-cli.js";
import { testdir } from "./helpers/testdir.js";

const DATE = "2026-03-01";
const GOALS = 110;
const TRIALS = 20;
/** The write phase's pause per file: the phase lasts at least this times the number of files. */
const PAUSE_MS = 2;

/** A workspace of the init sample and GOALS more goals; `version` changes every goal's title and body. */
function workspace(version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of planInit({ name: "Interrupted", today: new Date(DATE) })) files[f.path] = f.text;
  for (let i = 0; i < GOALS; i++)
    files[`goals/g${i}.md`] =
      `---\ntitle: Goal ${i} ${version}\nstate: help-wanted\nperiod: 2026h1\n---\n\n## Impact\n\nGoal ${i}, ${version}.\n`;
  return files;
}

/**
 * Every file of the site under `dir`, with its digest; no symlink or other kind may be there. The
 * manifest is left out: its keys digest the render code, which differs between the CLI the test
 * runs (compiled) and the sources `buildSite` runs from here.
 */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    if (e.isDirectory() || path.includes(`/${CACHE_DIR}/`)) continue;
    expect(e.isFile(), path).toBe(true);
    files.set(
      path.slice(dir.length + 1),
      createHash("sha1")
        .update(await readFile(path))
        .digest("hex"),
    );
  }
  return files;
}

const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * Starts `waymark build` slowed down in its write phase, writing on a worker thread or not
 * (`thread`: "1" or "0"); resolves once writing has begun.
 */
function startBuild(ws: string, out: string, thread: string) {
  const child = spawn(process.execPath, [COMPILED_CLI, "build", ws, "--out", out, "--date", DATE], {
    env: {
      ...process.env,
      WAYMARK_TEST_WRITE_PAUSE_MS: String(PAUSE_MS),
      [WRITE_THREAD_VARIABLE]: thread,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise<void>((done) => child.on("exit", () => done()));
  const writing = new Promise<boolean>((done) => {
    let text = "";
    child.stderr.on("data", (chunk) => {
      text += chunk;
      if (text.includes("waymark: writing")) done(true);
    });
    exited.then(() => done(false));
  });
  return { child, writing, exited };
}

describe.each([
  ["on the main thread", "0"],
  ["on a worker thread", "1"],
])("a build interrupted in its write phase, writing %s", (_, thread) => {
  it(`leaves the old site or the new one, never a mix, and the next build repairs (${TRIALS} trials, SIGINT and SIGKILL)`, async () => {
    const root = await testdir({});
    const wsA = await testdir(workspace("first"));
    const wsB = await testdir(workspace("second"));
    const out = join(root, "site");
    // The two sites as a full build makes them.
    const refA = join(root, "ref-a");
    const refB = join(root, "ref-b");
    expect((await buildSite({ dir: wsA, out: refA, date: DATE })).ok).toBe(true);
    expect((await buildSite({ dir: wsB, out: refB, date: DATE })).ok).toBe(true);
    const sites = { a: await tree(refA), b: await tree(refB) };
    expect(sites.a.size).toBeGreaterThan(120);
    // A, B, then A again: the old tree is kept as a spare, which builds from then on bring up to
    // date in place of making a tree (see TreeWriter).
    for (const ws of [wsA, wsB, wsA])
      expect((await buildSite({ dir: ws, out, date: DATE })).ok).toBe(true);
    const { spare } = siblings(out);
    let current: "a" | "b" = "a";
    const outcomes = { old: 0, new: 0, spared: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const target: "a" | "b" = current === "a" ? "b" : "a";
      const signal = trial % 2 ? "SIGKILL" : "SIGINT";
      if (existsSync(spare)) outcomes.spared++;
      const run = startBuild(target === "a" ? wsA : wsB, out, thread);
      expect(await run.writing).toBe(true);
      // Somewhere in the write phase (at least PAUSE_MS per file), or after it: the window is 1.5
      // times the phase at its shortest, so about two kills in three land inside it however fast
      // the rest of the build is.
      const window = sites.a.size * PAUSE_MS * 1.5;
      await new Promise((done) => setTimeout(done, Math.random() * window));
      run.child.kill(signal);
      await run.exited;
      // Stopped between the two renames, the old site waits in its sibling folder.
      const here = await lstat(out).catch(() => undefined);
      const found = await tree(here ? out : siblings(out).old);
      const isOld = same(found, sites[current]);
      const isNew: boolean = here !== undefined && same(found, sites[target]);
      expect(isOld || isNew, `trial ${trial} (${signal}): a mix of old and new`).toBe(true);
      outcomes[isNew ? "new" : "old"]++;
      if (trial % 4 >= 2) {
        // Half the trials start the next one from what the kill left (leftover trees included).
        current = isNew ? target : current;
        continue;
      }
      // The next build repairs whatever is left: the site is the target, and no tree is left over
      // but the spare.
      const next = await buildSite({ dir: target === "a" ? wsA : wsB, out, date: DATE });
      expect(next.ok).toBe(true);
      expect(same(await tree(out), sites[target])).toBe(true);
      const left = (await readdir(dirname(out))).filter((n) => n.includes("waymark-"));
      expect(left.filter((n) => n !== basename(spare))).toEqual([]);
      current = target;
    }
    // Most kills land inside the write phase: the old site must have survived many of them.
    console.info(
      `interrupted builds: ${outcomes.old} left the old site, ${outcomes.new} the new one; ${outcomes.spared} started with a spare`,
    );
    expect(outcomes.old).toBeGreaterThan(TRIALS / 3);
    // A killed build leaves no spare (it was its new tree); the next that finishes keeps one, so
    // about half the trials start with one (11 of 20 unless a kill lands between two renames).
    expect(outcomes.spared).toBeGreaterThanOrEqual(TRIALS / 4);
  }, 600_000);
});
