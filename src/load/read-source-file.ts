import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { DiagnosticId } from "../diagnostics/catalogue.js";
import { type Diagnostic, fileSpan } from "../diagnostics/diagnostic.js";
import { activeLimits, DEFAULT_LIMITS, limitDiagnostic } from "./limits.js";

/** Files larger than this are refused by default: a roadmap page this big is a mistake. */
export const MAX_FILE_BYTES = DEFAULT_LIMITS["file-size"];

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
  if (bytes.byteLength > activeLimits().limits["file-size"])
    return tooLarge(path, bytes.byteLength);
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

function tooLarge(path: string, size: number): ReadResult {
  const found = `file of ${(size / 1024 / 1024).toFixed(1)} MiB (${size} bytes)`;
  return {
    ok: false,
    diagnostic: limitDiagnostic("file-too-large", "file-size", found, fileSpan(path)),
  };
}

/** Tries of a read that finds no free file descriptor (another process may hold them). */
const TRIES = 8;

/**
 * Reads and decodes one file. Its size is checked before it is read, so an oversized file is
 * never held in memory; running out of file descriptors is retried with a growing pause.
 */
export async function readSourceFile(absolute: string, path: string): Promise<ReadResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readBounded(absolute, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === "EMFILE" || code === "ENFILE") && attempt < TRIES) {
        await sleep(10 * 2 ** attempt);
        continue;
      }
      return unreadable(path, code);
    }
  }
}

async function readBounded(absolute: string, path: string): Promise<ReadResult> {
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    if (size > activeLimits().limits["file-size"]) return tooLarge(path, size);
    return decodeSource(path, await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * `readSourceFile`, synchronously: one descriptor open at a time, and several times faster than a
 * pool of promises for the thousands of small files of a workspace. Undefined when no descriptor
 * is free (others hold them): the caller then reads with `readSourceFile`, which waits and retries.
 */
export function readSourceFileSync(absolute: string, path: string): ReadResult | undefined {
  let fd: number;
  try {
    fd = openSync(absolute, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EMFILE" || code === "ENFILE") return undefined;
    return unreadable(path, code);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > activeLimits().limits["file-size"]) return tooLarge(path, size);
    return decodeSource(path, readFileSync(fd));
  } catch (error) {
    return unreadable(path, (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

function unreadable(path: string, errorCode: string | undefined): ReadResult {
  const code = errorCode ?? "unknown error";
  const descriptors = code === "EMFILE" || code === "ENFILE";
  return {
    ok: false,
    diagnostic: {
      ruleId: "unreadable-file",
      severity: "error",
      span: fileSpan(path),
      message: `Unexpected ${code} while reading the file`,
      hint: descriptors
        ? "Close other programs, raise `ulimit -n`, or lower WAYMARK_LIMITS=open-files=16."
        : "Check the file's permissions and that it still exists.",
    },
  };
}
