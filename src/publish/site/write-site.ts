import { availableParallelism } from "node:os";
import type { PageLinks, TextPool } from "../../render/site/links/page-links.js";
import { ThreadWriter } from "./thread-writer.js";
import { type OutputFile, type TreeOptions, TreeWriter, type WrittenFile } from "./write-tree.js";

export type { OutputFile, WrittenFile } from "./write-tree.js";

/**
 * Writes the new site as a whole tree beside the output folder and swaps it in (`TreeWriter`),
 * on this thread or, for a build that writes many files, on a worker thread (`ThreadWriter`).
 */
export interface SiteWriter {
  /** A file of the current output kept as it is (checked already): linked, not copied. */
  keep(file: string): Promise<void>;
  /** A file written now: rendered bytes, or a workspace file copied. */
  write(file: OutputFile): Promise<void>;
  /** Resolves once another rendered file may be handed over; rejects with a failure met so far. */
  room(): Promise<void>;
  /**
   * A rendered file, written, digested, and for a page its links (shared through `texts`): those
   * collected while it rendered, else read from the page.
   * The promise may be awaited later: its failure is never an unhandled rejection, and `room`
   * rejects with it.
   */
  rendered(
    file: string,
    text: string,
    texts: TextPool,
    links: PageLinks | undefined,
  ): Promise<WrittenFile>;
  /** Completes the tree and swaps it in; see `TreeWriter.finish`. */
  finish(plan: { keep: string[]; manifest: readonly string[]; always: boolean }): Promise<boolean>;
  /** Removes the tree made so far: the build failed, and the output stays as it was. */
  abandon(): Promise<void>;
  /** True when `error` came from writing the tree, not from what was being written. */
  threw(error: unknown): boolean;
}

/** `1` writes on a worker thread whatever the number of files, `0` never; unset, see `siteWriter`. */
export const WRITE_THREAD_VARIABLE = "WAYMARK_WRITE_THREAD";
/** Below this many rendered files, the thread's start costs more than it saves. */
const MIN_FILES = 256;
/**
 * Cores a machine needs before the thread is used unasked. On two, the render's garbage collector
 * already uses the second: `npm run bench:build` gave a cold build 4% less wall time (4.40 against
 * 4.59 s) for 9% more CPU and 10% more peak memory (350 against 318 MiB).
 */
const MIN_CORES = 3;

/**
 * The writer for a build that renders `files` files: on a worker thread from MIN_FILES on a
 * machine of MIN_CORES, so that writing, digesting and reading back each page's links (a third
 * of a cold build's render on the 1,000-goal bench) run beside the render.
 */
export function siteWriter(out: string, files: number, options: TreeOptions = {}): SiteWriter {
  const setting = process.env[WRITE_THREAD_VARIABLE];
  const threaded =
    setting === "1" ||
    (setting !== "0" && files >= MIN_FILES && availableParallelism() >= MIN_CORES);
  return (threaded && ThreadWriter.start(out, options)) || new TreeWriter(out, options);
}

/** What the new tree is made of. */
export interface SitePlan {
  /** Files written now. */
  write: OutputFile[];
  /** Files of the current output kept as they are (checked already): linked, not copied. */
  keep: string[];
  /** The signed manifest of the new tree, in pieces (`SiteCache.pieces`). */
  manifest: readonly string[];
}

/** Writes a whole planned site at once through a `TreeWriter` (see there). */
export async function writeSite(out: string, plan: SitePlan): Promise<void> {
  const writer = new TreeWriter(out);
  try {
    for (const file of plan.keep) await writer.keep(file);
    for (const file of plan.write) await writer.write(file);
  } catch (error) {
    await writer.abandon();
    throw error;
  }
  await writer.finish({ keep: [], manifest: plan.manifest, always: true });
}
