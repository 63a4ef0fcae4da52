import { runCheck } from "../../src/check/run-check.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { openWorkspace } from "../../src/open-workspace.js";
import { testdir } from "./testdir.js";

/** Checks an inline file tree and returns its diagnostics. */
export async function checkFiles(
  files: Record<string, string | Uint8Array>,
  strict = false,
): Promise<Diagnostic[]> {
  const dir = await testdir(files);
  const { workspace, diagnostics } = await openWorkspace(dir);
  return runCheck(workspace, diagnostics, { strict });
}

/** `file:line:col: message`, the form rule examples expect. */
export function lineOf(d: Diagnostic): string {
  return `${d.span.file}:${d.span.start.line}:${d.span.start.column}: ${d.message}`;
}
