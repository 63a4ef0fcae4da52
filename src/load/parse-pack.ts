import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { ParseCache, type ParseCodec } from "./parse-markdown.js";
import { parseVersion } from "./parse-version.js";

/** The workspace's cache folder; hidden, so `listFiles` never reads it as content. */
export const CACHE_DIR = ".waymark-cache";
export const PACK_FILE = "parse-v1.bin";
/** Written into the cache folder so that git skips it even without a `.gitignore` line. */
const SELF_IGNORE = "# Written by waymark; safe to delete.\n*\n";

/**
 * A ParseCache backed by one pack file per workspace: what each parser made of each file, keyed by
 * parser, path and the text's digest, stored with v8's serializer and read in one go. Unchanged
 * files are not parsed at all. The pack is an optimisation only: a missing, corrupt, foreign-version
 * or unwritable pack means parsing as before, silently.
 */
export class PackedParseCache extends ParseCache {
  /** Entries used (read back or made) by this run: the next pack holds exactly these. */
  private readonly used = new Map<string, unknown>();
  /** Files parsed this run because the pack had no entry for them. */
  private readonly parsed = new Set<string>();

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
      const key = `${parser}\0${file}\0${createHash("sha1").update(text).digest("base64")}`;
      const stored = this.loaded.get(key);
      if (stored !== undefined) {
        try {
          const value = codec.decode(file, text, stored);
          this.used.set(key, stored);
          return value;
        } catch {
          // A damaged entry: parse instead.
        }
      }
      const value = make();
      this.used.set(key, codec.encode(value));
      this.parsed.add(file);
      return value;
    });
  }

  /** The pack of this run's entries, as `fromPack` reads it. */
  toBuffer(): Buffer {
    return Buffer.concat([Buffer.from(`${this.version}\n`), serialize(this.used)]);
  }

  /** Writes the pack when this run changed it: to a temp file, then renamed over the old one. */
  async save(root: string): Promise<void> {
    if (this.parsed.size === 0 && this.used.size === this.loaded.size) return;
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
      await writeFile(join(dir, ".gitignore"), SELF_IGNORE, { flag: "wx" }).catch(() => {});
      await writeFile(temp, this.toBuffer());
      await rename(temp, join(dir, PACK_FILE));
    } catch {
      // Read-only workspace, full disk: the next run parses again.
      await rm(temp, { force: true }).catch(() => {});
    }
  }
}

/** The pack of the workspace at `root`, or an empty cache when there is none usable. */
export async function loadParsePack(root: string): Promise<PackedParseCache> {
  return fromPack(await readFile(join(root, CACHE_DIR, PACK_FILE)).catch(() => undefined));
}

/**
 * A cache holding a pack's entries (none when it is missing, damaged or of another version). A
 * pack is the version digest (64 hex digits), a newline, then the v8-serialized entries.
 */
export async function fromPack(bytes: Buffer | undefined): Promise<PackedParseCache> {
  const version = await parseVersion();
  return new PackedParseCache((bytes && decodePack(version, bytes)) || new Map(), version);
}

function decodePack(version: string, bytes: Buffer): Map<string, unknown> | undefined {
  const head = version.length + 1;
  if (bytes.length <= head || bytes.toString("latin1", 0, head) !== `${version}\n`) return;
  try {
    const entries: unknown = deserialize(bytes.subarray(head));
    return entries instanceof Map ? entries : undefined;
  } catch {
    return undefined;
  }
}
