import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { compareDiagnostics, type Diagnostic, fileSpan } from "../diagnostics/diagnostic.js";
import { activeLimits, LIMITS_VARIABLE } from "./limits.js";
import { listFiles } from "./list-files.js";
import { readSourceFile, readSourceFileSync, type SourceFile } from "./read-source-file.js";

/** Text files the model reads; everything else is only a link target. */
export const TEXT_FILE = /\.(md|ya?ml|toml)$/i;

export interface WorkspaceFiles {
  root: string;
  files: Map<string, SourceFile>;
  paths: Set<string>;
  diagnostics: Diagnostic[];
  /** A waymark.yaml from outside the folder (`--config`), which the layout takes what it lacks from. */
  config?: SourceFile;
}

export interface ReadOptions {
  /** Path (from the working directory) of a waymark.yaml to use instead of the folder's own. */
  config?: string;
}

/** Reads a workspace folder: every text file decoded, every path listed. The only I/O of loading. */
export async function readWorkspace(
  dir: string,
  options: ReadOptions = {},
): Promise<WorkspaceFiles> {
  const files = await readFolder(dir);
  if (options.config === undefined) return files;
  const config = await readSourceFile(resolve(options.config), options.config);
  if (config.ok) return { ...files, config: config.file };
  return {
    ...files,
    diagnostics: [...files.diagnostics, config.diagnostic].sort(compareDiagnostics),
  };
}

async function readFolder(dir: string): Promise<WorkspaceFiles> {
  const root = resolve(dir);
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, SourceFile>();
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    diagnostics.push({
      ruleId: "missing-workspace",
      severity: "error",
      span: fileSpan(dir),
      message: info ? "Unexpected file, expected a workspace folder" : "Missing workspace folder",
      hint: "Pass the folder that holds waymark.yaml, or run `waymark init` to create one.",
    });
    return { root, files, paths: new Set(), diagnostics };
  }
  const { problems } = activeLimits();
  for (const message of problems) {
    diagnostics.push({
      ruleId: "invalid-limit",
      severity: "error",
      span: fileSpan(LIMITS_VARIABLE),
      message,
      hint: `Write ${LIMITS_VARIABLE} as name=value pairs separated by commas, e.g. nesting-depth=200.`,
    });
  }
  const paths = await listFiles(root);
  // Read one after another, synchronously: for thousands of small files several times faster
  // than a pool of promises, and never more than one descriptor open.
  for (const p of paths) {
    if (!TEXT_FILE.test(p)) continue;
    const result = readSourceFileSync(join(root, p), p) ?? (await readSourceFile(join(root, p), p));
    if (result.ok) files.set(result.file.path, result.file);
    else diagnostics.push(result.diagnostic);
  }
  return { root, files, paths: new Set(paths), diagnostics: diagnostics.sort(compareDiagnostics) };
}
