import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { contentType } from "../../src/render/site/site-paths.js";

export interface ServedFolder {
  /** The origin, "http://127.0.0.1:PORT", without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A static file server over a built site, as a plain host (GitHub Pages, nginx) would serve it:
 * a folder answers with its index.html, anything missing with 404 and the site's 404.html.
 * Loopback only, on a free port.
 */
export async function serveFolder(root: string): Promise<ServedFolder> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = await resolveFile(root, path);
    if (file) {
      res.writeHead(200, { "content-type": contentType(file.slice(root.length)) });
      res.end(await readFile(file));
      return;
    }
    const notFound = await readFile(join(root, "404.html")).catch(() => "not found");
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The file a URL path names inside root, or undefined; never a path outside root. */
async function resolveFile(root: string, path: string): Promise<string | undefined> {
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  // A folder only counts when asked for with its slash, as static hosts do for relative links.
  if (info?.isDirectory() && path.endsWith("/")) {
    const index = join(file, "index.html");
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}
