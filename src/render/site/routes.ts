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
import { allRoutes, type RouteFamily, RouteMap } from "./route-map.js";
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

/** The site with its routes by path, each page family made on first use (serve's way). */
export interface SiteRouteMap {
  shell: ShellData;
  routes: RouteMap;
  files: CopiedFile[];
}

/**
 * The route table: a pure function from the model to every file of the site. Nothing renders
 * here; each route renders when asked, so the build can skip routes whose key has not changed
 * and the dev server can render one page per request.
 */
export function siteRoutes(ws: Workspace, options: SiteOptions): SiteRoutes {
  const { shell, families, files } = siteFamilies(ws, options);
  return { shell, routes: allRoutes(families), files };
}

/** `siteRoutes` by path, making a page family only when a path it may hold is asked for. */
export function siteRouteMap(ws: Workspace, options: SiteOptions): SiteRouteMap {
  const { shell, families, files } = siteFamilies(ws, options);
  return { shell, routes: new RouteMap(families), files };
}

function siteFamilies(ws: Workspace, options: SiteOptions) {
  const index = buildSiteIndex(ws, options);
  const family = (prefix: string, routes: () => Route[]): RouteFamily => ({ prefix, routes });
  const one = (path: string, route: () => Route) => family(path, () => [route()]);
  const families: RouteFamily[] = [
    family(sitePaths.home, () => homeRoutes(index)),
    family(sitePaths.contents, () => contentsRoutes(index)),
    family(sitePaths.roadmap, () => roadmapRoutes(index)),
    { prefix: sitePaths.items, ...itemRoutes(index) },
    family(sitePaths.periods, () => periodRoutes(index)),
    family(sitePaths.vision, () => visionRoutes(index)),
    family(sitePaths.vision, () => characterRoutes(index)),
    family(sitePaths.vision, () => storyRoutes(index)),
    family(sitePaths.vision, () => coverageRoutes(index)),
    family(sitePaths.people, () => peopleRoutes(index)),
    family(sitePaths.teams, () => teamRoutes(index)),
    family(sitePaths.charts, () => chartsRoutes(index)),
    family(sitePaths.triage, () => triageRoutes(index)),
    family("/pages/", () => freePageRoutes(index)),
    family(sitePaths.notFound, () => notFoundRoutes()),
    one(sitePaths.css, () => textRoute(sitePaths.css, SITE_CSS)),
    one(sitePaths.script, () => textRoute(sitePaths.script, SITE_JS)),
    family("/", () => searchRoutes(index)),
    one(sitePaths.json, () =>
      lazyRoute(sitePaths.json, options.sourceDigest, () =>
        serializeWaymarkJson(toWaymarkJson(ws)),
      ),
    ),
    one(sitePaths.schema, () =>
      lazyRoute(
        sitePaths.schema,
        undefined,
        () => `${JSON.stringify(waymarkJsonSchemaDocument(), null, 2)}\n`,
      ),
    ),
    one(sitePaths.feed, () => feedRoute(ws, options, index.shell.base)),
    one(sitePaths.calendar, () => calendarRoute(ws, options)),
  ];
  const files = Object.entries(index.shell.copied).map(([file, path]) => ({ file, path }));
  return { shell: index.shell, families, files };
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
