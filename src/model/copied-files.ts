/**
 * The kinds of workspace file the site copies to `/files/` when a page links to one, by extension,
 * with the type `waymark serve` sends (always with `X-Content-Type-Options: nosniff`). An allow
 * list, not a block list: each is a kind a browser shows or downloads but never runs as a page of
 * the site's origin. HTML, SVG, XML and its schemas (xsd, rng, xslt), server-side includes
 * (shtml, phtml) and scripts are not copied, whatever their name says: one of them could run
 * script as the site. A link to any other file is left unlinked (see the `uncopied-file` rule).
 */
export const COPIED_TYPES: Readonly<Record<string, string>> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  bmp: "image/bmp",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  yaml: "text/plain; charset=utf-8",
  yml: "text/plain; charset=utf-8",
  toml: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
  gz: "application/gzip",
  /** No extension (LICENSE, CODEOWNERS): plain text, which a browser never runs. */
  "": "text/plain; charset=utf-8",
};

/** The extension a copied-file decision is made on: the last one, lowercased ("" for none). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** True when the site copies this workspace file (not Markdown, which becomes a page). */
export function isCopiedFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return !name.startsWith(".") && Object.hasOwn(COPIED_TYPES, extensionOf(path));
}
