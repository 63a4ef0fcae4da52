import { statSync } from "node:fs";
import { cachePath } from "./cache-path.js";

/**
 * What identifies the cache's contents without reading them: size, modification time and inode
 * of `cache.sqlite` and its `-wal`. A sync writes (or replaces) the file and so changes the
 * stamp; an unchanged stamp lets serve keep what it read last time.
 */
export function cacheStamp(root: string): string {
  const path = cachePath(root);
  return [path, `${path}-wal`].map(fileStamp).join(" ");
}

function fileStamp(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch {
    return "-";
  }
}
