import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { BIN, COMPILED_CLI } from "./compiled-cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in a child process, as a user would, from the sources transpiled once by
 * test/global-setup.ts; resolves with the exit code instead of throwing.
 */
export function runWaymark(...args: string[]): Promise<CliRun> {
  return runScript(COMPILED_CLI, args);
}

/** Runs the CLI as `runWaymark` does, from the working directory `cwd`. */
export function runWaymarkIn(cwd: string, ...args: string[]): Promise<CliRun> {
  return runScript(COMPILED_CLI, args, cwd);
}

/** Runs `bin/waymark.js` itself (slower: in a checkout it compiles the TypeScript through tsx). */
export function runBin(...args: string[]): Promise<CliRun> {
  return runScript(BIN, args);
}

async function runScript(script: string, args: string[], cwd?: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
