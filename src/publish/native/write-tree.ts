import { lstat, mkdir } from "node:fs/promises";
import { listInside, writeInside } from "../write-inside.js";
import type { PlannedFile } from "./plan-native.js";

/** What is at the destination now: the import writes only into nothing, or an empty folder. */
export type Destination = "missing" | "empty" | "not-empty" | "not-a-folder" | "symlink";

/**
 * What is at the destination now. A symlink at it or anywhere under it is refused even with
 * `--force`: the import never writes through a link (a repository may have planted one).
 */
export async function inspectDestination(dest: string): Promise<Destination> {
  const info = await lstat(dest).catch(() => undefined);
  if (!info) return "missing";
  if (info.isSymbolicLink()) return "symlink";
  if (!info.isDirectory()) return "not-a-folder";
  const entries = await listInside(dest);
  if (entries.some((e) => e.kind === "symlink" || e.kind === "other")) return "symlink";
  return entries.length ? "not-empty" : "empty";
}

/**
 * Writes the planned files under `dest`, creating folders, and copies the files planned as copies
 * (streamed by the OS); the edge where publishing touches disk. Every file goes through
 * `writeInside`: created fresh and renamed into place, never through a link.
 */
export async function writeTree(dest: string, files: PlannedFile[]): Promise<void> {
  await mkdir(dest, { recursive: true });
  for (const file of files) {
    const content = "text" in file ? { bytes: Buffer.from(file.text) } : { copyOf: file.copyOf };
    await writeInside(dest, file.path, content);
  }
}
