import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The seeds and real corpora live outside the repository (they are other projects' files, read
 * in place, never copied): `../shared` beside the checkout, or the folder `WAYMARK_SHARED` names.
 * A fresh clone has neither, so the tests that read them skip, saying why; CI sets
 * `WAYMARK_REQUIRE_SHARED=1`, which turns that skip into a failure.
 */

/** The parts of the shared folder tests read. */
export type SharedPart = "seeds" | "corpus/wg-async" | "corpus/rust-project-goals";

export const SHARED_PARTS: readonly SharedPart[] = [
  "seeds",
  "corpus/wg-async",
  "corpus/rust-project-goals",
];

const REPO = join(import.meta.dirname, "..", "..");

/** The shared folder: `WAYMARK_SHARED` (relative to the working directory) or `../shared`. */
export const SHARED_ROOT = process.env.WAYMARK_SHARED
  ? resolve(process.env.WAYMARK_SHARED)
  : join(REPO, "..", "shared");

/** How a user provides the folder, said wherever one is missing. */
export const SHARED_HINT =
  "put the seeds and corpora beside the repository as ../shared, or set WAYMARK_SHARED=<folder holding seeds/ and corpus/>";

export const requireShared = (): boolean => process.env.WAYMARK_REQUIRE_SHARED === "1";

/** Where a part of the shared folder is (whether or not it exists). */
export function sharedPath(part: SharedPart, ...rest: string[]): string {
  return join(SHARED_ROOT, part, ...rest);
}

/** Why `part` cannot be read (the whole folder or the part missing or empty), or undefined when it can. */
export function sharedMissing(part: SharedPart): string | undefined {
  return emptyOrMissing(SHARED_ROOT) ?? emptyOrMissing(sharedPath(part));
}

/** Every reason a part cannot be read, one per part, or the whole folder's once. */
export function sharedMissingAll(): string[] {
  const whole = emptyOrMissing(SHARED_ROOT);
  if (whole) return [whole];
  return SHARED_PARTS.flatMap((part) => emptyOrMissing(sharedPath(part)) ?? []);
}

function emptyOrMissing(dir: string): string | undefined {
  try {
    return readdirSync(dir).length > 0 ? undefined : `${dir} is empty`;
  } catch {
    return `${dir} is missing`;
  }
}

declare module "vitest" {
  interface TaskMeta {
    /** Set on a suite or test skipped because a part of the shared folder is missing. */
    sharedMissing?: string;
  }
}

/**
 * Options for a `describe` or `it` that reads `part`: skipped, with the reason in its meta (the
 * shared-skip reporter lists them), when the part is missing; a failure instead when
 * WAYMARK_REQUIRE_SHARED=1.
 */
export function needsShared(part: SharedPart): { skip: boolean; meta: { sharedMissing?: string } } {
  const missing = sharedMissing(part);
  if (missing && requireShared())
    throw new Error(`WAYMARK_REQUIRE_SHARED=1, but ${missing}: ${SHARED_HINT}`);
  return { skip: missing !== undefined, meta: missing ? { sharedMissing: missing } : {} };
}
