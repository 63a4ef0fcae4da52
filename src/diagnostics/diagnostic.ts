import type { DiagnosticId } from "./catalogue.js";

/** A point in a source file. Lines and columns are 1-based, as editors show them. */
export interface Point {
  line: number;
  column: number;
  /** 0-based offset into the file's text. */
  offset: number;
}

/** Where a value came from: a file (relative to the workspace root) and a range in it. */
export interface Span {
  file: string;
  start: Point;
  end: Point;
}

export type Severity = "error" | "warning" | "info";

/** A place related to a diagnostic, e.g. the other side of a drift or the first duplicate. */
export interface Related {
  span: Span;
  message: string;
}

/**
 * A diagnostic is data: rules and loaders return these, never throw them.
 * The location is never part of `message`; formatters add it.
 */
export interface Diagnostic {
  /** Stable kebab-case id from the catalogue (catalogue.ts); an unlisted id is a type error. */
  ruleId: DiagnosticId;
  severity: Severity;
  span: Span;
  /** What happened, in the remark-lint style: "Unexpected X, expected Y". */
  message: string;
  /** What to do about it. */
  hint?: string;
  related?: Related[];
}

export const START: Point = { line: 1, column: 1, offset: 0 };

/** A span covering the start of a file, for problems that belong to the whole file. */
export function fileSpan(file: string): Span {
  return { file, start: START, end: START };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.span.file.localeCompare(b.span.file) ||
    a.span.start.offset - b.span.start.offset ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
