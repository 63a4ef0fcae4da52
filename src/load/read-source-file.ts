import { readFile } from "node:fs/promises";
import type { DiagnosticId } from "../diagnostics/catalogue.js";
import { type Diagnostic, fileSpan } from "../diagnostics/diagnostic.js";

/** Files larger than this are refused: a roadmap page this big is a mistake, not content. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface SourceFile {
  /** Path relative to the workspace root, with forward slashes. */
  path: string;
  text: string;
  /** True when the file started with a UTF-8 byte-order mark (stripped from `text`). */
  bom: boolean;
}

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; diagnostic: Diagnostic };

/** Decodes bytes as UTF-8 text; refuses binary, oversized and non-UTF-8 content with a diagnostic. */
export function decodeSource(path: string, bytes: Uint8Array): ReadResult {
  const fail = (ruleId: DiagnosticId, message: string, hint: string): ReadResult => ({
    ok: false,
    diagnostic: { ruleId, severity: "error", span: fileSpan(path), message, hint },
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return fail(
      "file-too-large",
      `Unexpected file of ${mb} MiB, expected at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
      "Split the file, or move large data out of the workspace.",
    );
  }
  if (bytes.includes(0)) {
    return fail(
      "binary-file",
      "Unexpected binary content (a NUL byte), expected UTF-8 text",
      "Give binary files a non-Markdown extension, or move them out of the content folders.",
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(
      "binary-file",
      "Unexpected bytes that are not UTF-8, expected UTF-8 text",
      "Re-save the file as UTF-8.",
    );
  }
  // TextDecoder drops a leading BOM itself; note it from the bytes so writers can keep it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, file: { path, text, bom } };
}

export async function readSourceFile(absolute: string, path: string): Promise<ReadResult> {
  try {
    return decodeSource(path, await readFile(absolute));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return {
      ok: false,
      diagnostic: {
        ruleId: "unreadable-file",
        severity: "error",
        span: fileSpan(path),
        message: `Unexpected ${code} while reading the file`,
        hint: "Check the file's permissions and that it still exists.",
      },
    };
  }
}
