const ALLOWED = new Set(["http:", "https:", "mailto:"]);

/**
 * URLs from configuration and front matter reach `href` only through here: absolute http(s) and
 * mailto URLs pass, everything else (javascript:, data:, vbscript:, relative paths) does not.
 * The scheme is read by the WHATWG URL parser, the one browsers use, so tricks like tabs or
 * control characters inside "java\tscript:" are seen as the browser would see them.
 * Relative links take another road: the link resolver maps them to pages.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ALLOWED.has(new URL(url).protocol) ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}
