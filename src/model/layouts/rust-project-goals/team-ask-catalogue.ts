import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { parseToml, tomlString, tomlTable } from "../../../load/parse-toml.js";

/**
 * The team asks rust-project-goals.toml recognises (`[team_asks]`): `"Name" = "about"` or
 * `"Name" = { short = "…", elide = true }` entries, in any TOML quoting.
 */
export interface AskKind {
  name: string;
  short?: string;
  /** Routine asks the RFC tables leave out (moral support, standard reviews). */
  elide: boolean;
}

export const CATALOGUE_FILE = "rust-project-goals.toml";

/** What the corpus's toml says, for checkouts that lack the file. */
const DEFAULT_ELIDED = ["Discussion and moral support", "Standard reviews"];

export function defaultCatalogue(): Map<string, AskKind> {
  return new Map(DEFAULT_ELIDED.map((name) => [key(name), { name, elide: true }]));
}

export function readAskCatalogue(
  text: string,
  report?: (d: Diagnostic) => void,
): Map<string, AskKind> {
  const { value, diagnostics } = parseToml(CATALOGUE_FILE, text);
  for (const d of diagnostics) report?.(d);
  const out = new Map<string, AskKind>();
  for (const [name, entry] of Object.entries(tomlTable(value, "team_asks") ?? {})) {
    const table = tomlTable({ entry }, "entry");
    out.set(key(name), {
      name,
      short: tomlString(table, "short"),
      elide: table?.elide === true,
    });
  }
  return out.size ? out : defaultCatalogue();
}

/** Catalogue keys ignore case and surrounding spaces: rows write "Standard Reviews" too. */
export function key(name: string): string {
  return name.trim().toLowerCase();
}
