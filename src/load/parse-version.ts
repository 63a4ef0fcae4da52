import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLED_SOURCE_DIGEST } from "./bundled-digest.js";
import { limitsKey } from "./limits.js";

/** Bumped when what the parse pack stores changes shape. */
export const PACK_FORMAT = 3;

/** The parser stack: a new version of any of them may parse the same text differently. */
const PACKAGES = [
  "unified",
  "remark-parse",
  "remark-gfm",
  "remark-frontmatter",
  "micromark",
  "mdast-util-from-markdown",
  "yaml",
];

/** Our own parse code, beside this module (`.ts` under tsx, `.js` when compiled; a bundle says its digest). */
const SOURCES = [
  "./parse-markdown",
  "./parse-yaml",
  "./lazy-spans",
  "./limits",
  "./scan-markdown",
  "./parse-within-limits",
  "./plain-blocks",
  "./plain-table",
  "./plain-phrasing",
  "./plain-text",
  "./plain-front-matter",
  "./guard-autolink-literals",
  "./read-front-matter",
  "../diagnostics/line-index",
];

let memo: { limits: string; version: Promise<string> } | undefined;

/**
 * The digest a parse pack must carry to be used: the format, the parser packages' versions and
 * the text of our parse code, and the limits in force (a file past one is parsed as plain text).
 * Anything unreadable counts as a fixed marker, never an error.
 */
export function parseVersion(): Promise<string> {
  const limits = limitsKey();
  if (memo?.limits !== limits) memo = { limits, version: computeVersion(limits) };
  return memo.version;
}

async function computeVersion(limits: string): Promise<string> {
  // A bundle's digest covers its own sources and the lockfile, so the parsers' versions too: the
  // packages it was made from are not installed beside it.
  const parts = BUNDLED_SOURCE_DIGEST ? [BUNDLED_SOURCE_DIGEST] : await moduleParts();
  return createHash("sha256")
    .update(JSON.stringify([PACK_FORMAT, process.versions.v8, limits, ...parts]))
    .digest("hex");
}

/** The parser packages' versions and the text of our parse code, when run as separate modules. */
function moduleParts(): Promise<string[]> {
  const here = fileURLToPath(import.meta.url);
  const ext = extname(here);
  return Promise.all([
    ...PACKAGES.map(async (name) => `${name}@${await packageVersion(dirname(here), name)}`),
    ...SOURCES.map((s) =>
      readFile(new URL(`${s}${ext}`, import.meta.url), "utf8").catch(() => `missing ${s}`),
    ),
  ]);
}

/** The version in the nearest node_modules/<name>/package.json above `dir`. */
async function packageVersion(dir: string, name: string): Promise<string> {
  for (let at = dir; ; at = dirname(at)) {
    const json = await readFile(join(at, "node_modules", name, "package.json"), "utf8").catch(
      () => undefined,
    );
    if (json) return (JSON.parse(json) as { version?: string }).version ?? "unknown";
    if (dirname(at) === at) return "missing";
  }
}
