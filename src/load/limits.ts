import type { DiagnosticId } from "../diagnostics/catalogue.js";
import type { Diagnostic, Span } from "../diagnostics/diagnostic.js";

/**
 * Every bound on the work one file may cost, as data: its default and the highest value it may be
 * raised to, beyond which the work is no longer bounded in practice (nesting past it overflows
 * the renderers' stack; emphasis runs past it take seconds). docs/limits.md says what each costs.
 * They are raised only from the environment (`WAYMARK_LIMITS=name=value,…`), never from the
 * workspace: a repository anyone can send a pull request to must not lift its own limits.
 */
const LIMITS = {
  /** Bytes of one text file. */
  "file-size": { default: 2 * 1024 * 1024, max: 64 * 1024 * 1024 },
  /** Levels of nested block quotes, lists and inline markup (parsers and renderers recurse). */
  "nesting-depth": { default: 100, max: 1000 },
  /** `*`, `_` and `~` in one paragraph (matching them costs the square of their count). */
  "emphasis-delimiters": { default: 2000, max: 5000 },
  /** Backticks in one paragraph (each unclosed run is a scan of the rest of the paragraph). */
  "code-backticks": { default: 2000, max: 5000 },
  /** `[` in one paragraph (link openers, matched against every later `]`). */
  "link-brackets": { default: 2000, max: 5000 },
  /** Cells of the tables of one file, counting the header's columns for every row. */
  "table-cells": { default: 10_000, max: 50_000 },
  /** Files open at once while reading; kept for old settings: the workspace is read one by one. */
  "open-files": { default: 64, max: 4096 },
  /** Nodes the aliases (`*name`) of one YAML document may expand to ("billion laughs"). */
  "yaml-aliases": { default: 100, max: 100_000 },
};

export type LimitName = keyof typeof LIMITS;
export type Limits = Record<LimitName, number>;

const pick = (key: "default" | "max") =>
  Object.fromEntries(Object.entries(LIMITS).map(([name, l]) => [name, l[key]])) as Limits;

export const DEFAULT_LIMITS: Readonly<Limits> = pick("default");
export const MAX_LIMITS: Readonly<Limits> = pick("max");

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
