import { createHmac, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { link, mkdir, open, readFile, unlink } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * A secret of this machine, outside every workspace, that signs what Waymark caches inside one
 * (the parse pack, the site manifest): a repository cannot know it, so a cache it commits or
 * forges never verifies and is never trusted. Kept in `$XDG_CACHE_HOME/waymark/key`, else
 * `~/.cache/waymark/key`, created on first use with mode 0600. When it cannot be kept, each process
 * makes its own: caches are then simply not reused across runs.
 */
const KEY_BYTES = 32;

let memo: Promise<Buffer> | undefined;

export function machineKey(): Promise<Buffer> {
  memo ??= readOrCreateKey().catch(() => randomBytes(KEY_BYTES));
  return memo;
}

/** The folder the key lives in; exported for the docs and tests. */
export function keyDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg?.startsWith("/") ? xdg : join(homedir(), ".cache");
  return join(base, "waymark");
}

async function readOrCreateKey(): Promise<Buffer> {
  const dir = keyDir();
  const file = join(dir, "key");
  const existing = await readKey(file);
  if (existing) return existing;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Written whole under a temporary name, then linked into place: `link` fails if a key exists,
  // so two processes starting at once keep the first key, and no one ever reads half a key.
  const temp = join(dir, `key.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const handle = await open(temp, flags, 0o600);
  const key = randomBytes(KEY_BYTES);
  try {
    await handle.writeFile(key);
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file);
    return key;
  } catch {
    return (await readKey(file)) ?? key;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function readKey(file: string): Promise<Buffer | undefined> {
  const bytes = await readFile(file, { flag: constants.O_RDONLY | constants.O_NOFOLLOW }).catch(
    () => undefined,
  );
  return bytes?.length === KEY_BYTES ? bytes : undefined;
}

/**
 * An HMAC-SHA256 of `parts` under the machine key, each part framed by its length; a part given
 * as a list of strings is their text joined, never made whole (a site manifest of megabytes).
 */
export async function sign(...parts: (string | Uint8Array | readonly string[])[]): Promise<Buffer> {
  const mac = createHmac("sha256", await machineKey());
  for (const part of parts) {
    const pieces = typeof part === "string" || part instanceof Uint8Array ? [part] : part;
    let size = 0;
    for (const piece of pieces)
      size += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(size));
    mac.update(length);
    for (const piece of pieces) mac.update(piece);
  }
  return mac.digest();
}
