import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * MiniSearch (a small, maintained full-text index: prefix and fuzzy matching, ranking), served
 * as the site's second script, /assets/minisearch.js. Its UMD build defines `window.MiniSearch`;
 * the site script loads it, with its integrity, the first time the search box is used, so a
 * page that nobody searches from costs nothing. Read from the installed package, whose exports
 * name only the ES and CommonJS builds, so the UMD file is found beside the CommonJS one.
 */
const dist = dirname(createRequire(import.meta.url).resolve("minisearch"));
const pkg = JSON.parse(readFileSync(join(dist, "..", "..", "package.json"), "utf8")) as {
  version: string;
};
const umd = readFileSync(join(dist, "..", "umd", "index.js"), "utf8");

/** The library's text: its licence notice first (MIT asks for it), no source-map comment. */
export const SEARCH_LIBRARY_JS = `/*! MiniSearch ${pkg.version} | Copyright 2022 Luca Ongaro | MIT License */\n${umd.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n")}`;

/** Its SHA-256 as Subresource Integrity writes it: the policy allows it by this hash. */
export const SEARCH_LIBRARY_INTEGRITY = `sha256-${createHash("sha256").update(SEARCH_LIBRARY_JS).digest("base64")}`;
