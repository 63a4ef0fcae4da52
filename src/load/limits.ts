import type { DiagnosticId } from "../diagnostics/catalogue.js";
import type { Diagnostic, Span } from "../diagnostics/diagnostic.js";

/**
 * Every bound on the work one file may cost, as data. Each protects against input that is legal
 * but would stall or crash a run (see docs/limits.md for what each costs at its default).
 * They are raised only from the environment (`WAYMARK_LIMITS=name=value,…`), never from the
 * workspace: a repository anyone can send a pull request to must not lift its own limits.
 */
export interface Limits {
  /** Bytes of one text file. */
  "file-size": number;
  /** Levels of nested block quotes, lists and inline markup (parsers and renderers recurse). */
  "nesting-depth": number;
  /** `*`, `_` and `~` in one paragraph (matching them costs the square of their count). */
  "emphasis-delimiters": number;
  /** Backticks in one paragraph (each unclosed run is a scan of the rest of the paragraph). */
  "code-backticks": number;
  /** `[` in one paragraph (link openers, matched against every later `]`). */
  "link-brackets": number;
  /** Cells of the tables of one file, counting the header's columns for every row. */
  "table-cells": number;
  /** Files open at once while reading the workspace. */
  "open-files": number;
  /** Aliases one YAML document may expand (`*name`), against "billion laughs" documents. */
  "yaml-aliases": number;
}

export type LimitName = keyof Limits;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  "file-size": 2 * 1024 * 1024,
  "nesting-depth": 100,
  "emphasis-delimiters": 2000,
  "code-backticks": 2000,
  "link-brackets": 2000,
  "table-cells": 10_000,
  "open-files": 64,
  "yaml-aliases": 100,
};

/**
 * The highest value each limit may be raised to: beyond it the work is no longer bounded in
 * practice (nesting beyond this overflows the stack of the renderers; a file beyond 64 MiB is
 * read whole).
 */
export const MAX_LIMITS: Readonly<Limits> = {
  "file-size": 64 * 1024 * 1024,
  "nesting-depth": 1000,
  "emphasis-delimiters": 5000,
  "code-backticks": 5000,
  "link-brackets": 5000,
  "table-cells": 50_000,
  "open-files": 4096,
  "yaml-aliases": 100_000,
};

export const LIMITS_VARIABLE = "WAYMARK_LIMITS";

export interface ReadLimits {
  limits: Limits;
  /** Entries of the variable that were not understood, each as a message. */
  problems: string[];
}

let memo: { source: string; read: ReadLimits } | undefined;

/** The limits in force: the defaults, with what `WAYMARK_LIMITS` raises or lowers. */
export function activeLimits(): ReadLimits {
  const source = process.env[LIMITS_VARIABLE] ?? "";
  if (memo?.source !== source) memo = { source, read: readLimits(source) };
  return memo.read;
}

/** Parses `name=value,name=value`; unknown names and values out of range are problems. */
export function readLimits(source: string): ReadLimits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  const problems: string[] = [];
  for (const entry of source.split(",").map((e) => e.trim())) {
    if (!entry) continue;
    const [name = "", value = ""] = entry.split("=").map((s) => s.trim());
    if (!(name in DEFAULT_LIMITS)) {
      problems.push(
        `Unexpected limit \`${name}\`, expected one of ${Object.keys(DEFAULT_LIMITS).join(", ")}`,
      );
      continue;
    }
    const key = name as LimitName;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(number >= 1 && number <= MAX_LIMITS[key])) {
      problems.push(
        `Unexpected value \`${value}\` for limit \`${key}\`, expected a whole number from 1 to ${MAX_LIMITS[key]}`,
      );
      continue;
    }
    limits[key] = number;
  }
  return { limits, problems };
}

/** The diagnostic id and hint every limit shares: what was found, the limit, how to raise it. */
export function limitDiagnostic(
  ruleId: DiagnosticId,
  name: LimitName,
  found: string,
  span: Span,
  value = activeLimits().limits[name],
): Diagnostic {
  return {
    ruleId,
    severity: "error",
    span,
    message: `Unexpected ${found}, expected at most ${value} (limit \`${name}\`)`,
    hint: `Simplify the file, or raise the limit with ${LIMITS_VARIABLE}=${name}=${Math.min(value * 2, MAX_LIMITS[name])} (at most ${MAX_LIMITS[name]}).`,
  };
}

/** A stable text of the limits in force, for cache keys: a parse depends on them. */
export function limitsKey(): string {
  return JSON.stringify(activeLimits().limits);
}
