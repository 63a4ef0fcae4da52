import { BOARD_JS } from "./board-js.js";
import { ROADMAP_TABLE_JS } from "./roadmap-table-js.js";
import { SEARCH_JS } from "./search-js.js";

/**
 * The site's only script, served as /assets/site.js (no inline scripts anywhere), made of one
 * self-contained part per feature. Each part looks for its own elements and does nothing on a
 * page without them, and every page works without the script. One file keeps one hash in the
 * Content-Security-Policy and one request per page.
 */
export const SITE_JS = [ROADMAP_TABLE_JS, SEARCH_JS, BOARD_JS].join("\n");
