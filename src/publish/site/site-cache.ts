import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ParseCache } from "../../load/parse-markdown.js";
import { LinkCheck } from "./link-check.js";
import type { PageLinks } from "./page-links.js";

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
  format: 1;
  routes: Record<string, CachedRoute>;
}

/** The cache lives inside the output folder: deleting the site deletes its cache with it. */
export const CACHE_DIR = ".waymark-cache";
const CACHE_FILE = "site.json";

export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/**
 * The build's memory between runs, after Astro's content layer: every route keyed by a content
 * digest. Kept in memory by a long-running process (serve, bench) and on disk between runs.
 */
export class SiteCache {
  /** Parsed Markdown by file, kept in memory only: a rebuild in the same process parses only
   * what changed. Parse trees are too large to be worth writing to disk. */
  readonly parsed = new ParseCache();
  /** The last verified site's link index, in memory only: a rebuild re-checks what changed. */
  readonly links = new LinkCheck();
  /** True once this process has written the output this cache describes. */
  fresh = false;

  private constructor(
    /** The output folder this cache describes. */
    readonly out: string,
    public manifest: Manifest,
  ) {}

  static empty(out: string): SiteCache {
    return new SiteCache(out, { format: 1, routes: {} });
  }

  /** Reads the cache a previous build left in `out`; an absent or unreadable one is empty. */
  static async load(out: string): Promise<SiteCache> {
    try {
      const manifest = JSON.parse(await readFile(join(out, CACHE_DIR, CACHE_FILE), "utf8"));
      if (manifest?.format === 1 && manifest.routes) return new SiteCache(out, manifest);
    } catch {
      // No cache yet, or a damaged one: build everything.
    }
    return SiteCache.empty(out);
  }

  async save(): Promise<void> {
    await mkdir(join(this.out, CACHE_DIR), { recursive: true });
    // Sorted keys, so the cache file is as deterministic as the site. The text is what
    // JSON.stringify({ format: 1, routes }) gives, from entries stringified once each: a rebuild
    // keeps the entry objects of unchanged routes, so only changed ones are stringified again.
    const entries = Object.entries(this.manifest.routes)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, entry]) => `${JSON.stringify(path)}:${entryJson(entry)}`);
    const text = `{"format":1,"routes":{${entries.join(",")}}}\n`;
    await writeFile(join(this.out, CACHE_DIR, CACHE_FILE), text);
  }
}

const entryText = new WeakMap<CachedRoute, string>();

function entryJson(entry: CachedRoute): string {
  let text = entryText.get(entry);
  if (text === undefined) {
    text = JSON.stringify(entry);
    entryText.set(entry, text);
  }
  return text;
}

let codeVersion: Promise<string> | undefined;

/**
 * A digest of the render code itself (every file under src/render, or dist/…/render once built):
 * any change to how pages look invalidates every cached page, with no version to remember to bump.
 */
export function renderCodeVersion(): Promise<string> {
  codeVersion ??= (async () => {
    const root = fileURLToPath(new URL("../../render/", import.meta.url));
    const files = (await listTree(root)).sort();
    const hash = createHash("sha1");
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
