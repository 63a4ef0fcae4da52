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

/** Runs the CLI as `runWaymark` does, with only the environment variables `env`. */
export function runWaymarkWith(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return runScript(COMPILED_CLI, args, undefined, env);
}

/**
 * The environment of a CLI run against the local GitHub-shaped server: its token, no git or gh
 * on the PATH, no colour, and no waiting between retries or writes.
 */
export function fakeGitHubEnv(token: string, extra: Record<string, string> = {}) {
  return {
    PATH: "/nonexistent",
    HOME: "/nonexistent",
    NO_COLOR: "1",
    GITHUB_TOKEN: token,
    WAYMARK_GITHUB_RETRY_MS: "1",
    WAYMARK_GITHUB_WRITE_GAP_MS: "0",
    ...extra,
  };
}

/** Runs `bin/waymark.js` itself (slower: in a checkout it compiles the TypeScript through tsx). */
export function runBin(...args: string[]): Promise<CliRun> {
  return runScript(BIN, args);
}

/** Runs a Node script (a bundle of the CLI, say) in a child process, as `runWaymark` runs the CLI. */
export async function runScript(
  script: string,
  args: string[],
  cwd?: string,
  env?: Record<string, string>,
): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
