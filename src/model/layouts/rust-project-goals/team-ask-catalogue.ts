/**
 * The team asks rust-project-goals.toml recognises (`[team_asks]`), read without a TOML library:
 * the file is a flat list of `"Name" = "about"` or `"Name" = { short = "…", elide = true }` lines.
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

export function readAskCatalogue(text: string): Map<string, AskKind> {
  const out = new Map<string, AskKind>();
  let section = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s+/, "");
    const header = line.match(/^\[([^\]]+)\]/);
    if (header) {
      section = header[1]!.trim();
      continue;
    }
    if (section !== "team_asks") continue;
    const entry = line.match(/^"((?:[^"\\]|\\.)*)"\s*=\s*(.*)$/);
    if (!entry) continue;
    const name = entry[1]!;
    const value = entry[2]!;
    out.set(key(name), {
      name,
      short: value.match(/\bshort\s*=\s*"((?:[^"\\]|\\.)*)"/)?.[1],
      elide: /\belide\s*=\s*true\b/.test(value),
    });
  }
  return out.size ? out : defaultCatalogue();
}

/** Catalogue keys ignore case and surrounding spaces: rows write "Standard Reviews" too. */
export function key(name: string): string {
  return name.trim().toLowerCase();
}
