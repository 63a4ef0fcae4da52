import { hash, timingSafeEqual } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { sign } from "./machine-key.js";
import { forgetPackedTrees } from "./pack-tree.js";
import { offeredValue, ParseCache, type ParseCodec } from "./parse-markdown.js";
import { parseVersion } from "./parse-version.js";

/**
 * The workspace's cache folder, shared with the sync cache (`.waymark/cache.sqlite`); hidden, so
 * `listFiles` never reads it as content.
 */
export const CACHE_DIR = ".waymark";
export const PACK_FILE = "parse-pack.bin";
/** Written into the cache folder so that git skips it even without a `.gitignore` line. */
const SELF_IGNORE = "# Written by waymark; safe to delete.\n*\n";

/** Bytes of the HMAC that follows the version line. */
const MAC_BYTES = 32;

/**
 * Packs and entries this process refused (forged, committed from another machine, damaged): a cache
 * is never an authority, so each only means parsing again. Read by tests; reported once with
 * WAYMARK_VERBOSE=1.
 */
export const packRejections = { packs: 0, entries: 0 };

function rejected(kind: "packs" | "entries", why: string): void {
  packRejections[kind]++;
  if (process.env.WAYMARK_VERBOSE === "1" && packRejections.packs + packRejections.entries === 1)
    process.stderr.write(`waymark: parse cache ignored (${why}); files are parsed again\n`);
}

/**
 * A ParseCache backed by one pack file per workspace: what each parser made of each file, keyed by
 * parser, path and the text's digest, stored with v8's serializer and read in one go. Unchanged
 * files are not parsed at all. The pack is an optimisation, never an authority: it is signed with
 * the machine key (`machine-key.ts`), so a pack committed to the repository, forged or damaged is
 * ignored whole and every file parsed; a missing, foreign-version or unwritable pack means parsing
 * as before.
 */
export class PackedParseCache extends ParseCache {
  /** Entries used (read back or made) by this run: the next pack holds exactly these. */
  private readonly used = new Map<string, unknown>();
  /** Files parsed this run because the pack had no entry for them. */
  private readonly parsed = new Set<string>();
  /** How many parses with a codec are under way, one inside another. */
  private depth = 0;

  constructor(
    private readonly loaded: Map<string, unknown>,
    private readonly version: string,
  ) {
    super();
  }

  /** How many files this run parsed because the pack had no entry for them. */
  get misses(): number {
    return this.parsed.size;
  }

  override memo<T>(
    parser: string,
    file: string,
    text: string,
    make: () => T,
    codec?: ParseCodec<T>,
  ): T {
    if (!codec) return super.memo(parser, file, text, make);
    return super.memo(parser, file, text, () => {
      const key = `${parser}\0${file}\0${this.digest(text)}`;
      const stored = this.loaded.get(key);
      if (stored !== undefined) {
        try {
          const value = codec.decode(file, text, stored);
          this.used.set(key, stored);
          return value;
        } catch {
          // A signed entry this code cannot read back: parse instead.
          rejected("entries", `entry for ${file} could not be decoded`);
        }
      }
      const offer = this.takeOffer(parser, file, text);
      const value = offer && offeredValue(offer, codec, file, text);
      if (value) {
        this.record(key, () => ("stored" in offer ? offer.stored : codec.encode(value)));
        this.parsed.add(file);
        return value;
      }
      // A parse made inside another (the markdown under a front-matter document) is stored
      // with the outer entry only: a pack hit on the outer never asks for the inner one, so
      // storing both would double the pack and rewrite it on the next run.
      this.depth++;
      let made: T;
      try {
        made = make();
      } finally {
        this.depth--;
      }
      this.record(key, () => codec.encode(made));
      this.parsed.add(file);
      return made;
    });
  }

  /**
   * Keeps `entry` for the next pack. A parse made inside another is stored with the outer entry
   * only (see `memo`); once saved, nothing more is written (serve's reloads), so an entry would
   * only take memory.
   */
  private record(key: string, entry: () => unknown): void {
    if (this.depth === 0 && !this.saved) this.used.set(key, entry());
  }

  override lacks(parser: string, file: string, text: string): boolean {
    return (
      super.lacks(parser, file, text) &&
      !this.loaded.has(`${parser}\0${file}\0${this.digest(text)}`)
    );
  }

  /** The text digested last and its digest: a parse inside another asks for the same text. */
  private last: { text: string; digest: string } | undefined;

  /** The SHA-1 of a file's text, one-shot (`hash`), the last one reused. */
  private digest(text: string): string {
    if (this.last?.text !== text) this.last = { text, digest: hash("sha1", text, "base64") };
    return this.last.digest;
  }

  /** The pack of this run's entries, as `fromPack` reads it: version line, HMAC, entries. */
  async toBuffer(): Promise<Buffer> {
    const head = Buffer.from(`${this.version}\n`);
    const body = serialize(this.used);
    return Buffer.concat([head, await sign(head, body), body]);
  }

  /**
   * True when the pack should be written again: there was none, or at least one entry in
   * REWRITE_SHARE differs from this run's (parsed now, or no longer used). After an edit to a
   * few files, each run parses those again (a few milliseconds each) rather than rewriting the
   * whole pack (on the 1,000-goal bench, 12 MB: about 160 ms to encode, sign and write).
   */
  private worthWriting(): boolean {
    // An edited file is one entry parsed and one left unused; an added or removed file, one.
    const unused = this.loaded.size - (this.used.size - this.parsed.size);
    const changed = Math.max(this.parsed.size, unused);
    return this.loaded.size === 0 ? changed > 0 : changed * REWRITE_SHARE > this.loaded.size;
  }

  /** Whether `save` ran: a cache is saved once, by the command that opened it. */
  private saved = false;

  /**
   * Writes the pack when this run changed it, then lets go of the pack's entries: each is a
   * packed copy of a tree, together as large as the trees' nodes, and kept until the command
   * ended they took 27 MB of the 1,000-goal bench build's heap through its whole render. What
   * parsing made stays in memory (`ParseCache`); only a text that is neither in memory nor parsed
   * before the save would be parsed again instead of read from the pack.
   */
  async save(root: string): Promise<void> {
    if (this.saved) return;
    this.saved = true;
    try {
      await this.write(root);
    } finally {
      this.used.clear();
      this.loaded.clear();
      forgetPackedTrees();
    }
  }

  /**
   * Writes the pack when this run changed enough of it (`worthWriting`): to a temp file, then
   * renamed over the old one.
   */
  private async write(root: string): Promise<void> {
    if (!this.worthWriting()) return;
    // A folder marked read-only (the shared corpora) is left alone, even by root, who could write.
    const mode = await stat(root).then(
      (s) => s.mode,
      () => 0,
    );
    if ((mode & 0o222) === 0) return;
    const dir = join(root, CACHE_DIR);
    const temp = join(dir, `${PACK_FILE}.${process.pid}.${Date.now()}.tmp`);
    try {
      await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      });
      // A cache folder a repository committed as a symlink would send the pack elsewhere.
      if (!(await isRealFolder(dir))) return;
      await writeFile(join(dir, ".gitignore"), SELF_IGNORE, { flag: "wx" }).catch(() => {});
      // Created fresh (never through a link); the rename replaces whatever PACK_FILE names.
      await writeFile(temp, await this.toBuffer(), { flag: FRESH_FILE });
      await rename(temp, join(dir, PACK_FILE));
    } catch {
      // Read-only workspace, full disk: the next run parses again.
      await rm(temp, { force: true }).catch(() => {});
    }
  }
}

/** One changed entry in this many (2%) rewrites the pack; fewer are parsed again each run. */
const REWRITE_SHARE = 50;

const FRESH_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

async function isRealFolder(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The parse cache every command loads through: the workspace's pack, or a plain in-memory cache
 * when packs are off (`--no-cache`, WAYMARK_CACHE=0), which saves nothing.
 */
export async function openParseCache(root: string, use = true): Promise<ParseCache> {
  if (!use || process.env.WAYMARK_CACHE === "0") return new ParseCache();
  return loadParsePack(root);
}

/** Writes `cache` back when it is a pack that changed; a plain cache has nothing to write. */
export async function saveParseCache(cache: ParseCache, root: string): Promise<void> {
  if (cache instanceof PackedParseCache) await cache.save(root);
}

/** The pack of the workspace at `root`, or an empty cache when there is none usable. */
export async function loadParsePack(root: string): Promise<PackedParseCache> {
  const dir = join(root, CACHE_DIR);
  if (!(await isRealFolder(dir))) return fromPack(undefined);
  const bytes = await readFile(join(dir, PACK_FILE), {
    flag: constants.O_RDONLY | constants.O_NOFOLLOW,
  }).catch(() => undefined);
  return fromPack(bytes);
}

/**
 * A cache holding a pack's entries (none when it is missing, of another version, or fails its
 * HMAC). A pack is the version digest (64 hex digits), a newline, the HMAC of those and the
 * entries under the machine key, then the v8-serialized entries. The HMAC is checked before
 * anything is deserialized, so hostile bytes never reach v8's deserializer.
 */
export async function fromPack(bytes: Buffer | undefined): Promise<PackedParseCache> {
  const version = await parseVersion();
  const entries = bytes && (await decodePack(version, bytes));
  return new PackedParseCache(entries || new Map(), version);
}

async function decodePack(
  version: string,
  bytes: Buffer,
): Promise<Map<string, unknown> | undefined> {
  const headLength = version.length + 1;
  if (bytes.length <= headLength + MAC_BYTES) return rejectPack("too short");
  const head = bytes.subarray(0, headLength);
  // Another version's pack is expected after an upgrade: not a rejection, just unused.
  if (head.toString("latin1") !== `${version}\n`) return;
  const mac = bytes.subarray(headLength, headLength + MAC_BYTES);
  const body = bytes.subarray(headLength + MAC_BYTES);
  if (!timingSafeEqual(mac, await sign(head, body))) return rejectPack("signature does not verify");
  try {
    const entries: unknown = deserialize(body);
    return entries instanceof Map ? entries : rejectPack("not a map of entries");
  } catch {
    return rejectPack("entries could not be read");
  }
}

function rejectPack(why: string): undefined {
  rejected("packs", why);
  return undefined;
}
