import { statSync } from "node:fs";
import { join } from "node:path";
import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { isListed } from "./list-files.js";
import { readSourceFile, readSourceFileSync, type SourceFile } from "./read-source-file.js";
import { TEXT_FILE, type WorkspaceFiles } from "./read-workspace.js";

/** A file as last read: its size and mtime, to tell a later write that no event reported. */
export type FileStamps = Map<string, string>;

/**
 * The workspace `files` with the given paths (relative, POSIX) read again: what a watcher
 * reported as added, changed or removed. Only those files are touched on disk; everything else,
 * the previous read's files and diagnostics included, is carried over. Equal to `readWorkspace`
 * of the folder as it now stands, provided `changed` names every path that changed. The previous
 * value is left as it was (a new map, and a new set when paths came or went), since the last
 * model still refers to it.
 */
export async function updateWorkspace(
  previous: WorkspaceFiles,
  changed: Iterable<string>,
  stamps?: FileStamps,
): Promise<WorkspaceFiles> {
  const files = new Map(previous.files);
  const paths = new Set(previous.paths);
  let moved = false; // a path added or removed
  const touched = new Set<string>();
  const found: Diagnostic[] = [];
  for (const path of changed) {
    if (!isListed(path)) continue;
    touched.add(path);
    const absolute = join(previous.root, path);
    const stamp = stampOf(absolute);
    files.delete(path);
    if (stamp === undefined) {
      if (paths.delete(path)) moved = true;
      stamps?.delete(path);
      continue;
    }
    if (!paths.has(path)) moved = true;
    paths.add(path);
    stamps?.set(path, stamp);
    if (!TEXT_FILE.test(path)) continue;
    const read = readSourceFileSync(absolute, path) ?? (await readSourceFile(absolute, path));
    if (read.ok) files.set(path, read.file);
    else found.push(read.diagnostic);
  }
  // Load diagnostics are per file: the touched files' old ones go, their new ones come in.
  const diagnostics = previous.diagnostics.filter((d) => !touched.has(d.span.file));
  diagnostics.push(...found);
  return {
    ...previous,
    files: sortedFiles(files),
    // The same set when no path came or went: what is cached by its identity (the link view of
    // the paths, each document's resolved links) stays valid.
    paths: moved ? new Set([...paths].sort()) : previous.paths,
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

/** Size and mtime of a regular file, or undefined when there is none (gone, or a folder). */
export function stampOf(absolute: string): string | undefined {
  try {
    const info = statSync(absolute);
    return info.isFile() ? `${info.size}:${info.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** Files in path order, as `readWorkspace` gives them: layouts may depend on the order. */
function sortedFiles(files: Map<string, SourceFile>): Map<string, SourceFile> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
