import { createHash, timingSafeEqual } from "node:crypto";
import { constants } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLED_SOURCE_DIGEST } from "../../load/bundled-digest.js";
import { sign } from "../../load/machine-key.js";
import { ParseCache } from "../../load/parse-markdown.js";
import { SITE_CSP } from "../../render/site/content-security-policy.js";
import type { PageLinks } from "../../render/site/links/page-links.js";
import { CACHE_DIR, CACHE_FILE } from "./cache-paths.js";
import { LinkCheck } from "./link-check.js";

/** What the last build wrote for one route. */
export interface CachedRoute {
  /** Digest of the code version, the shell and the route's key: same digest, same output. */
  key: string;
  /** Digest of the bytes written. */
  out: string;
  /** Links and ids of an HTML page, so the link check needs no re-parse of unchanged pages. */
  page?: PageLinks;
}

export interface Manifest {
  format: 2;
  routes: Record<string, CachedRoute>;
}

/** A manifest's text up to its routes: the HMAC (64 hex digits) sits at a fixed place. */
const HEAD = '{"format":2,"mac":"';
const ROUTES_AT = HEAD.length + 64 + '","routes":'.length;

/**
 * The build's memory between runs, after Astro's content layer: every route keyed by a content
 * digest. Kept in memory by a long-running process (serve, bench) and on disk between runs.
 */
export class SiteCache {
  /**
   * Parsed files by path and text: a rebuild in the same process parses only what changed. A
   * build that keeps no cache in memory sets the workspace's parse pack here (`buildSite`).
   */
  parsed: ParseCache = new ParseCache();
  /** The last verified site's link index, in memory only: a rebuild re-checks what changed. */
  readonly links = new LinkCheck();
  /** True once this process has written the output this cache describes. */
  fresh = false;
  /**
   * Size, inode and mtime of each file this process wrote or kept, so an in-process rebuild
   * checks a reused file with one `lstat` instead of reading it; a cache read from disk gets them
   * from the build state beside its manifest (build-state.ts), else checks each file's digest.
   */
  readonly stamps = new Map<string, string>();
  /** The HMAC of the manifest as last read or written: a build state names the one it goes with. */
  mac?: string;

  private constructor(
    /** The output folder this cache describes. */
    readonly out: string,
    public manifest: Manifest,
    /** True when the manifest was read from disk and verified as this machine's. */
    readonly trusted = false,
  ) {}

  static empty(out: string): SiteCache {
    return new SiteCache(out, { format: 2, routes: {} });
  }

  /**
   * Reads the manifest a previous build left in `out` (never through a link). Only one this
   * machine signed is trusted; an absent, damaged, unsigned or foreign one is empty, and then
   * nothing in the folder is reused.
   */
  static async load(out: string): Promise<SiteCache> {
    try {
      const path = join(out, CACHE_DIR, CACHE_FILE);
      const text = await readFile(path, { encoding: "utf8", flag: NO_FOLLOW });
      const routes = await verifiedRoutes(text);
      if (routes) {
        const cache = new SiteCache(out, { format: 2, routes: JSON.parse(routes) }, true);
        cache.mac = text.slice(HEAD.length, HEAD.length + 64);
        return cache;
      }
    } catch {
      // No cache yet, or a damaged one: build everything.
    }
    return SiteCache.empty(out);
  }

  /** The manifest's text, signed: `pieces` joined. */
  async text(remember = true): Promise<string> {
    return (await this.pieces(remember)).join("");
  }

  /**
   * The manifest's text in pieces, signed: sorted keys, so it is as deterministic as the site,
   * and built from entries stringified once each (a rebuild keeps the entry objects of unchanged
   * routes), unless `remember` is false (no build follows in this process). Signed and written
   * piece by piece: the whole text, its bytes and the copy the HMAC reads were some 15 MB more at
   * the end of the 1,000-goal bench's build (a 4.5 MB manifest), where its memory peaked.
   */
  async pieces(remember = true): Promise<string[]> {
    const routes = ["{"];
    const entries = Object.entries(this.manifest.routes).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    for (const [path, entry] of entries) {
      if (routes.length > 1) routes.push(",");
      routes.push(`${JSON.stringify(path)}:${entryJson(entry, remember)}`);
    }
    routes.push("}");
    const mac = (await sign(routes)).toString("hex");
    this.mac = mac;
    routes.unshift(`${HEAD}${mac}","routes":`);
    routes.push("}\n");
    return routes;
  }
}

const NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW;

/** The routes' JSON text of a manifest whose HMAC verifies under the machine key, else undefined. */
async function verifiedRoutes(text: string): Promise<string | undefined> {
  if (!text.startsWith(HEAD) || !text.endsWith("}\n") || text.length < ROUTES_AT + 3) return;
  const mac = Buffer.from(text.slice(HEAD.length, HEAD.length + 64), "hex");
  const routes = text.slice(ROUTES_AT, -2);
  if (mac.length !== 32 || !timingSafeEqual(mac, await sign(routes))) return;
  return routes;
}

const entryText = new WeakMap<CachedRoute, string>();

function entryJson(entry: CachedRoute, remember: boolean): string {
  let text = entryText.get(entry);
  if (text === undefined) {
    text = JSON.stringify(entry);
    if (remember) entryText.set(entry, text);
  }
  return text;
}

let codeVersion: Promise<string> | undefined;

/**
 * A digest of the render code itself (every file under src/render, or dist/…/render once built, or
 * the bundled CLI's sources):
 * any change to how pages look invalidates every cached page, with no version to remember to bump.
 * Every page names the scripts it may run by hash in its policy, and one (the search library)
 * comes from a dependency, not from src/render: the policy joins the digest for it.
 */
export function renderCodeVersion(): Promise<string> {
  codeVersion ??= (async () => {
    // The search library is read from its installed package, not bundled: its hash, in the
    // policy, joins the bundle's digest.
    if (BUNDLED_SOURCE_DIGEST)
      return createHash("sha1").update(SITE_CSP).update(BUNDLED_SOURCE_DIGEST).digest("hex");
    const root = fileURLToPath(new URL("../../render/", import.meta.url));
    const files = (await listTree(root)).sort();
    const hash = createHash("sha1").update(SITE_CSP);
    for (const file of files) hash.update(file).update(await readFile(join(root, file)));
    return hash.digest("hex");
  })();
  return codeVersion;
}

async function listTree(root: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listTree(root, rel)));
    else if (/\.(ts|tsx|js)$/.test(e.name) && !/\.test\./.test(e.name)) out.push(rel);
  }
  return out;
}
