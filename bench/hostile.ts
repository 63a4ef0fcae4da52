// Time and peak memory of `waymark check` and `waymark build` on each pathological input of
// issues 7 and 8 (bench/hostile-inputs.ts), one child process each, under a 512 MB heap cap and
// a 300 s timeout. Run: npm run bench:hostile [-- name-filter]
// Peak RSS comes from GNU time (/usr/bin/time); without it only wall time is printed.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  addManyFiles,
  HOSTILE,
  type HostileInput,
  writeHostileWorkspace,
} from "./hostile-inputs.js";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "waymark.js");
const TIME = "/usr/bin/time";
const TIMEOUT_S = 300;

interface Figures {
  exit: string;
  seconds: number;
  peakMb?: number;
  diagnostic: string;
}

function measure(command: string, ws: string, shell = ""): Figures {
  const args = [command, ws, ...(command === "build" ? ["--out", join(dirname(ws), "out")] : [])];
  const node = [process.execPath, "--max-old-space-size=512", BIN, ...args];
  const timed = existsSync(TIME) ? [TIME, "-f", "%M", ...node] : node;
  const line = ["timeout", String(TIMEOUT_S), ...timed].map((a) => `'${a}'`).join(" ");
  const started = performance.now();
  const result = spawnSync("sh", ["-c", `${shell}${shell ? " && " : ""}exec ${line}`], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = result.stderr.trimEnd().split("\n");
  const peakKb = existsSync(TIME) ? Number(stderr.at(-1)) : Number.NaN;
  const out = `${result.stdout}\n${stderr.join("\n")}`;
  const exit = result.status === 124 ? "timeout" : String(result.status ?? result.signal);
  const found = out.match(/\[(markdown-limit|yaml-alias-limit|file-too-large|unreadable-file)\]/);
  const crashed = /internal error|heap out of memory|EMFILE/.test(out) ? " CRASH" : "";
  return {
    exit: exit + crashed,
    seconds,
    peakMb: Number.isNaN(peakKb) ? undefined : peakKb / 1024,
    diagnostic: found?.[1] ?? "-",
  };
}

function row(input: HostileInput, command: string, f: Figures): string {
  const peak = f.peakMb === undefined ? "?" : f.peakMb.toFixed(0);
  return `| ${input.name} | ${command} | ${f.exit} | ${f.seconds.toFixed(1)} | ${peak} | ${f.diagnostic} |`;
}

const filter = process.argv[2];
console.log("| input | command | exit | seconds | peak RSS MB | diagnostic |");
console.log("|---|---|---|---|---|---|");
let crashes = 0;
let hangs = 0;
const BASELINE: HostileInput = { name: "baseline: the example alone", files: () => ({}) };
for (const input of [BASELINE, ...HOSTILE]) {
  if (filter && !input.name.includes(filter)) continue;
  const ws = writeHostileWorkspace(input);
  const shell = input.kind === "open-files" ? "ulimit -n 256" : "";
  if (input.kind === "open-files") addManyFiles(ws, 20_000);
  for (const command of ["check", "build"]) {
    // `build` refuses errors; the limit as a warning shows the file published as plain text.
    if (command === "build" && input.ruleId === "markdown-limit") {
      appendFileSync(join(ws, "waymark.yaml"), "\nrules:\n  markdown-limit: warning\n");
    }
    const figures = measure(command, ws, shell);
    if (figures.exit.includes("CRASH")) crashes++;
    if (figures.exit === "timeout") hangs++;
    console.log(row(input, command, figures));
  }
  rmSync(dirname(ws), { recursive: true, force: true });
}
console.log(`\ncrashes: ${crashes}, hangs: ${hangs} (timeout ${TIMEOUT_S} s, heap cap 512 MB)`);
