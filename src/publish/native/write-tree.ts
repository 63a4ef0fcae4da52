import { copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PlannedFile } from "./plan-native.js";

export type Destination = "missing" | "empty" | "not-empty" | "not-a-folder";

/** What is at the destination now: the import writes only into nothing, or an empty folder. */
export async function inspectDestination(dest: string): Promise<Destination> {
  const info = await stat(dest).catch(() => undefined);
  if (!info) return "missing";
  if (!info.isDirectory()) return "not-a-folder";
  return (await readdir(dest)).length ? "not-empty" : "empty";
}

/**
 * Writes the planned files under `dest`, creating folders, and copies the files planned as copies;
 * the edge where publishing touches disk.
 */
export async function writeTree(dest: string, files: PlannedFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dest, ...file.path.split("/"));
    await mkdir(dirname(path), { recursive: true });
    if ("text" in file) await writeFile(path, file.text);
    else await copyFile(file.copyOf, path);
  }
}
