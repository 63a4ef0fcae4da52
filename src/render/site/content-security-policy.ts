import { createHash } from "node:crypto";
import { LIVE_RELOAD_JS } from "./assets/live-reload-js.js";
import { SITE_JS } from "./assets/site-js.js";
import { SEARCH_LIBRARY_INTEGRITY } from "./search/search-library.js";

/**
 * The SHA-256 of the site's script, as Subresource Integrity writes it. The script tag carries it
 * as `integrity`, and the policy allows exactly that hash and the search library's (which site.js
 * loads with its integrity), so no other script runs: not an inline one, not another file of the
 * site, not one from elsewhere.
 */
export const SITE_JS_INTEGRITY = integrity(SITE_JS);

/** The hash of `waymark serve`'s live-reload script, which only serve sends and allows. */
export const LIVE_RELOAD_JS_INTEGRITY = integrity(LIVE_RELOAD_JS);

function integrity(script: string): string {
  return `sha256-${createHash("sha256").update(script).digest("base64")}`;
}

/**
 * Every page's Content-Security-Policy. Nothing is allowed by default; the site's own stylesheet
 * and scripts (by hash: site.js, and the search library it loads when the search box is first
 * used), which may fetch from the site itself (the search index); images from the
 * site or over HTTPS (badges); the roadmap's filter form submits to the site itself. `frame-ancestors` works only as a header, so `waymark serve` adds it.
 */
export const SITE_CSP = policy([SITE_JS_INTEGRITY, SEARCH_LIBRARY_INTEGRITY]);

/**
 * The policy of a page `waymark serve` sends, in its meta tag: the site's scripts and serve's
 * live-reload script (which listens to serve's events, on the site itself: connect-src 'self').
 */
export const SERVE_PAGE_CSP = policy([
  SITE_JS_INTEGRITY,
  SEARCH_LIBRARY_INTEGRITY,
  LIVE_RELOAD_JS_INTEGRITY,
]);

/** The policy as `waymark serve` sends it in a header, where framing can be refused too. */
export const SERVE_CSP = `${SERVE_PAGE_CSP}; frame-ancestors 'none'`;

function policy(scripts: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map((hash) => `'${hash}'`).join(" ")}`,
    "style-src 'self'",
    "img-src 'self' https:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}
