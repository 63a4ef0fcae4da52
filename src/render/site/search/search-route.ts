import { lazyRoute, type Route, textRoute } from "../route.js";
import type { SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { searchDocuments } from "./search-documents.js";
import { SEARCH_LIBRARY_JS } from "./search-library.js";

/**
 * The search's two files: the documents, made from the whole model and so keyed, like
 * waymark.json, by the digest of its sources (a warm build does not make them again), and the
 * library that indexes them in the browser.
 */
export function searchRoutes(index: SiteIndex): Route[] {
  return [
    lazyRoute(
      sitePaths.searchIndex,
      index.options.sourceDigest,
      () => `${JSON.stringify(searchDocuments(index))}\n`,
    ),
    textRoute(sitePaths.searchLibrary, SEARCH_LIBRARY_JS),
  ];
}
