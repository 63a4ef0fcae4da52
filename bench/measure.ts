// What every bench script measures: one `waymark check` as the CLI makes it, timed by stage.
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { runCheck } from "../src/check/run-check.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { readWorkspace } from "../src/load/read-workspace.js";
import { buildWorkspace } from "../src/model/build-workspace.js";
import type { LayoutName } from "../src/model/types.js";

export const STAGES = ["read", "model", "check", "total", "cpu"] as const;
export type Stage = (typeof STAGES)[number];

export interface Measurement {
  /** Wall milliseconds of read → model → check and their total; `cpu` is the process's CPU time
   * (user + system), less sensitive than wall time to other work on the machine. */
  ms: Record<Stage, number>;
  files: number;
  items: number;
  diagnostics: Diagnostic[];
}

export async function measureLoadCheck(dir: string, layout?: LayoutName): Promise<Measurement> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const files = await readWorkspace(dir);
  const t1 = performance.now();
  const { workspace, diagnostics: loaded } = buildWorkspace(files, { layout });
  const t2 = performance.now();
  const diagnostics = runCheck(workspace, loaded);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return {
    ms: {
      read: t1 - t0,
      model: t2 - t1,
      check: t3 - t2,
      total: t3 - t0,
      cpu: (cpu.user + cpu.system) / 1000,
    },
    files: workspace.documents.length,
    items: workspace.items.length,
    diagnostics,
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The stage-by-stage median of several measurements. */
export function medianMs(runs: Measurement[]): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, median(runs.map((r) => r.ms[s]))])) as Record<
    Stage,
    number
  >;
}

export const ms = (t: number) => `${t.toFixed(0)} ms`;

/** `1234 ms (read …, model …, check …; cpu …)` */
export function formatMs(t: Record<Stage, number>): string {
  return (
    `${ms(t.total)} (read ${ms(t.read)}, model ${ms(t.model)}, check ${ms(t.check)}; ` +
    `cpu ${ms(t.cpu)})`
  );
}

/** Wall times swing with other work on the machine; the load average says how busy it was. */
export const loadNow = () => `load ${loadavg()[0]!.toFixed(1)}`;

export function machineLine(): string {
  return `machine: ${availableParallelism()} cores, node ${process.version}, ${loadNow()}`;
}
