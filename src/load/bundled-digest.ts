/** Set by scripts/bundle.ts (esbuild `define`) in the bundled CLI; absent everywhere else. */
declare const __WAYMARK_SOURCE_DIGEST__: string | undefined;

/**
 * The digest of every source file the bundled CLI was built from, or undefined when the code runs
 * as separate modules (a checkout, the test build), whose caches read those files themselves. A
 * bundle has no source files beside it to read, and any change to them makes another bundle.
 */
export const BUNDLED_SOURCE_DIGEST: string | undefined =
  typeof __WAYMARK_SOURCE_DIGEST__ === "string" ? __WAYMARK_SOURCE_DIGEST__ : undefined;
