import { createHash } from "node:crypto";
import { SITE_JS } from "./assets/site-js.js";

/**
 * The SHA-256 of the site's only script, as Subresource Integrity writes it. The script tag
 * carries it as `integrity`, and the policy allows exactly that hash, so no other script runs:
 * not an inline one, not another file of the site, not one from elsewhere.
 */
export const SITE_JS_INTEGRITY = `sha256-${createHash("sha256").update(SITE_JS).digest("base64")}`;

/**
 * Every page's Content-Security-Policy. Nothing is allowed by default; the site's own stylesheet
 * and script (by hash), which may fetch from the site itself (the search index); images from the
 * site or over HTTPS (badges); the roadmap's filter form submits to the site itself. `frame-ancestors` works only as a header, so `waymark serve` adds it.
 */
export const SITE_CSP = [
  "default-src 'none'",
  `script-src '${SITE_JS_INTEGRITY}'`,
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

/** The policy as `waymark serve` sends it in a header, where framing can be refused too. */
export const SERVE_CSP = `${SITE_CSP}; frame-ancestors 'none'`;
