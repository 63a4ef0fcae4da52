import pc from "picocolors";
import { escapeTerminal } from "../diagnostics/escape-terminal.js";
import type { ListenFailure, ServeProblem } from "../publish/site/serve-site.js";

const REASON: Record<ListenFailure["failed"], string> = {
  "port-in-use": "in use",
  "port-denied": "not allowed for this user",
  "address-unavailable": "not an address of this machine",
};

/** What `waymark serve` says; kept apart from the command's logic. */
export const serveMessages = {
  badPort: (port: string) =>
    `waymark serve: unexpected --port ${escapeTerminal(JSON.stringify(port))}, expected 0 to 65535\n`,
  /** One line, no stack trace: what is wrong and what to pass instead. */
  listenFailed: ({ failed, hostname, port }: ListenFailure) =>
    `${pc.red("✖")} waymark serve: unexpected port ${port} on ${escapeTerminal(hostname)} (${REASON[failed]}), expected a free port — pass another with --port <n>, or --port 0 to pick a free one\n`,
  loaded: (
    mark: string,
    reload: boolean,
    ms: number,
    checkMs: number,
    errors: number,
    warnings: number,
  ) =>
    `${mark} ${reload ? "reloaded" : "loaded"} in ${Math.round(ms)} ms, checked in ${Math.round(checkMs)} ms: ${errors} errors, ${warnings} warnings\n`,
  /** Each step of a load, for WAYMARK_VERBOSE=1 and the benches. */
  steps: (timings: Partial<Record<string, number>>) =>
    `  steps: ${Object.entries(timings)
      .map(([step, ms]) => `${step} ${Math.round(ms ?? 0)} ms`)
      .join(", ")}\n`,
  serving: (url: string) => `Serving ${url} (Ctrl-C to stop)\n`,
  problem: (problem: ServeProblem) => {
    switch (problem.kind) {
      case "reload-failed":
        return `${pc.red("✖")} reload failed: ${escapeTerminal(problem.error.message)}; still showing the last site loaded. Save a file to try again.\n`;
      case "watch-failed":
        return `${pc.yellow("⚠")} watching files failed: ${escapeTerminal(problem.error.message)}; live reload may miss changes. Restart waymark serve if pages go stale.\n`;
      case "folder-gone":
        return `${pc.yellow("⚠")} ${escapeTerminal(problem.dir)} is gone (moved or deleted); still showing the last site loaded, and reloading when it is back.\n`;
    }
  },
};
