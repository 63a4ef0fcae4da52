import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { testdir } from "./testdir.js";

/** Checks an inline file tree through the pipeline every command uses, and returns its diagnostics. */
export async function checkFiles(
  files: Record<string, string | Uint8Array>,
  strict = false,
): Promise<Diagnostic[]> {
  return (await runPipeline(await testdir(files), { strict })).diagnostics;
}

/** `file:line:col: message`, the form rule examples expect. */
export function lineOf(d: Diagnostic): string {
  return `${d.span.file}:${d.span.start.line}:${d.span.start.column}: ${d.message}`;
}
