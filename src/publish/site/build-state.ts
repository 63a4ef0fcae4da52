import { timingSafeEqual } from "node:crypto";
import { constants, lstatSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { sign } from "../../load/machine-key.js";
import { writeInside } from "../write-inside.js";
import { CACHE_DIR } from "./cache-paths.js";

/** Beside the manifest: what only the end of a build knows. */
export const STATE_FILE = "state.json";

/**
 * What a successful build leaves for the next one, beside the manifest it belongs to: the stamp
 * (size, inode, mtime) of every file it left in the output, so the next build checks a reused
 * file with one `lstat` instead of reading it whole, and the digest of its inputs with the
 * warnings it reported, so a build with the same inputs over an untouched output does nothing
 * and says the same.
 */
export interface BuildState {
  /** The HMAC of the manifest this state goes with: a state of another manifest is ignored. */
  manifest: string;
  /** `buildInputsKey` of the build, when it could be made. */
  inputs?: string;
  diagnostics: Diagnostic[];
  stamps: Record<string, string>;
}

/** Written like the manifest, never through a link; a failure only costs the next build time. */
export async function saveBuildState(out: string, state: BuildState): Promise<void> {
  const body = JSON.stringify(state);
  const mac = (await sign(body)).toString("hex");
  await writeInside(out, `${CACHE_DIR}/${STATE_FILE}`, {
    bytes: Buffer.from(`${mac}\n${body}`),
  }).catch(() => {});
}

/** The state signed by this machine for `manifest`, else undefined (absent, damaged, stale). */
export async function loadBuildState(
  out: string,
  manifest: string | undefined,
): Promise<BuildState | undefined> {
  if (!manifest) return undefined;
  const text = await readFile(join(out, CACHE_DIR, STATE_FILE), {
    encoding: "utf8",
    flag: constants.O_RDONLY | constants.O_NOFOLLOW,
  }).catch(() => undefined);
  const newline = text?.indexOf("\n") ?? -1;
  if (!text || newline !== 64) return undefined;
  const mac = Buffer.from(text.slice(0, 64), "hex");
  const body = text.slice(65);
  if (mac.length !== 32 || !timingSafeEqual(mac, await sign(body))) return undefined;
  try {
    const state = JSON.parse(body) as BuildState;
    return state.manifest === manifest ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Size, inode and mtime of an output file, as a stamp; undefined when it is not a file. */
export function stampOf(path: string): string | undefined {
  const info = lstatSync(path, { throwIfNoEntry: false });
  return info?.isFile() ? `${info.size}:${info.ino}:${info.mtimeMs}` : undefined;
}
