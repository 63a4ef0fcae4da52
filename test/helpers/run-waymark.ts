import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "waymark.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `waymark` bin as a user would; resolves with the exit code instead of throwing. */
export async function runWaymark(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
