import type { Workspace } from "../../model/types.js";
import { chartsRoutes } from "../charts/charts-page.js";
import { SITE_CSS } from "./assets/site-css.js";
import { SITE_JS } from "./assets/site-js.js";
import { calendarRoute } from "./calendar-route.js";
import { atomFeed, feedEntries } from "./feed.js";
import { serializeWaymarkJson, toWaymarkJson } from "./json/model-json.js";
import { waymarkJsonSchemaDocument } from "./json/model-schema.js";
import { characterRoutes } from "./pages/character.js";
import { contentsRoutes } from "./pages/contents.js";
import { coverageRoutes } from "./pages/coverage.js";
import { freePageRoutes } from "./pages/free-page.js";
import { homeRoutes } from "./pages/home.js";
import { itemRoutes } from "./pages/item.js";
import { notFoundRoutes } from "./pages/not-found.js";
import { peopleRoutes } from "./pages/people.js";
import { periodRoutes } from "./pages/period.js";
import { roadmapRoutes } from "./pages/roadmap.js";
import { storyRoutes } from "./pages/story.js";
import { teamRoutes } from "./pages/teams.js";
import { triageRoutes } from "./pages/triage.js";
import { visionRoutes } from "./pages/vision.js";
import { type CopiedFile, lazyRoute, type Route, textRoute } from "./route.js";
import { searchRoutes } from "./search/search-route.js";
import type { ShellData } from "./shell.js";
import { buildSiteIndex, type SiteOptions } from "./site-index.js";
import { outputFile, sitePaths } from "./site-paths.js";
import { verifyXml } from "./verify-xml.js";

export type { SiteOptions } from "./site-index.js";

/** Everything the site is made of, before anything is rendered. */
export interface SiteRoutes {
  shell: ShellData;
  routes: Route[];
  files: CopiedFile[];
}

/**
 * The route table: a pure function from the model to every file of the site. Nothing renders
 * here; each route renders when asked, so the build can skip routes whose key has not changed
 * and the dev server can render one page per request.
 */
export function siteRoutes(ws: Workspace, options: SiteOptions): SiteRoutes {
  const index = buildSiteIndex(ws, options);
  const routes: Route[] = [
    ...homeRoutes(index),
    ...contentsRoutes(index),
    ...roadmapRoutes(index),
    ...itemRoutes(index),
    ...periodRoutes(index),
    ...visionRoutes(index),
    ...characterRoutes(index),
    ...storyRoutes(index),
    ...coverageRoutes(index),
    ...peopleRoutes(index),
    ...teamRoutes(index),
    ...chartsRoutes(index),
    ...triageRoutes(index),
    ...freePageRoutes(index),
    ...notFoundRoutes(),
    textRoute(sitePaths.css, SITE_CSS),
    textRoute(sitePaths.script, SITE_JS),
    ...searchRoutes(index),
    lazyRoute(sitePaths.json, options.sourceDigest, () => serializeWaymarkJson(toWaymarkJson(ws))),
    lazyRoute(
      sitePaths.schema,
      undefined,
      () => `${JSON.stringify(waymarkJsonSchemaDocument(), null, 2)}\n`,
    ),
    feedRoute(ws, options, index.shell.base),
    calendarRoute(ws, options),
  ];
  const files = Object.entries(index.shell.copied).map(([file, path]) => ({ file, path }));
  return { shell: index.shell, routes: dedupeRoutes(routes), files };
}

/** The Atom feed; its entries are its key, so only a change to what the feed shows renders it. */
function feedRoute(ws: Workspace, options: SiteOptions, base: string): Route {
  const entries = feedEntries(ws, options.lastChanged ?? {});
  const meta = { groupName: ws.config.group.name, baseUrl: options.baseUrl ?? "/", base };
  return {
    path: sitePaths.feed,
    key: { entries, meta },
    render: () => atomFeed(entries, meta),
    verify: (text) => verifyXml(outputFile(sitePaths.feed), text),
  };
}

/** Two values that map to one path (ids differing only by case on some layouts) keep the first. */
function dedupeRoutes(routes: Route[]): Route[] {
  const seen = new Set<string>();
  return routes.filter((r) => !seen.has(r.path) && seen.add(r.path));
}
