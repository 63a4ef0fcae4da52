import { parse, TomlError } from "smol-toml";
import type { Diagnostic, Point } from "../diagnostics/diagnostic.js";

/** A TOML table as smol-toml returns it: null-prototype objects, so `__proto__` is a plain key. */
export type TomlTable = Record<string, unknown>;

export interface ParsedToml {
  /** The document, or an empty table when it does not parse. */
  value: TomlTable;
  diagnostics: Diagnostic[];
}

/**
 * Parses a TOML file (mdBook's book.toml, rust-project-goals.toml) with smol-toml, a TOML 1.0
 * parser: single-quoted strings, inline tables, arrays and dotted keys read as TOML says.
 * A syntax error is a `toml-syntax` diagnostic at its line and column, and the file counts as
 * empty, so the layout falls back to its defaults.
 */
export function parseToml(file: string, text: string): ParsedToml {
  try {
    return { value: parse(text) as TomlTable, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const point: Point = { line: error.line, column: error.column, offset: 0 };
    const reason = error.message
      .split("\n")[0]!
      .replace(/^Invalid TOML document: /, "")
      .trim();
    return {
      value: {},
      diagnostics: [
        {
          ruleId: "toml-syntax",
          severity: "error",
          span: { file, start: point, end: point },
          message: `Unexpected TOML: ${reason}, expected a TOML 1.0 document`,
          hint: "Fix the syntax at this position; until then the file's settings are ignored.",
        },
      ],
    };
  }
}

/** The table at a dotted path (`output.html.redirect`), or undefined. */
export function tomlTable(root: TomlTable, ...keys: string[]): TomlTable | undefined {
  let node: unknown = root;
  for (const key of keys) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = Object.hasOwn(node, key) ? (node as TomlTable)[key] : undefined;
  }
  return node !== null && typeof node === "object" && !Array.isArray(node)
    ? (node as TomlTable)
    : undefined;
}

/** A string value of a table, or undefined when absent or of another type. */
export function tomlString(table: TomlTable | undefined, key: string): string | undefined {
  const value = table && Object.hasOwn(table, key) ? table[key] : undefined;
  return typeof value === "string" ? value : undefined;
}
