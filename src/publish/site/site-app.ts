import { Hono } from "hono";
import type { RenderedPage, Route } from "../../render/site/route.js";
import type { Shell } from "../../render/site/shell.js";
import { contentType, sitePaths } from "../../render/site/site-paths.js";

/** A built site as the app serves it: the routes, the copied files and how to read them. */
export interface SiteSource {
  routes: ReadonlyMap<string, Route>;
  /** Site path → workspace file, for files copied as is. */
  files: ReadonlyMap<string, string>;
  shell: Shell;
  /** Reads a workspace file; supplied by the caller, so the app itself does no I/O. */
  readFile(file: string): Promise<Uint8Array>;
}

/**
 * The site as one Hono app, after Hono's SSG helper: `waymark build` requests every route and
 * writes the answers, and a dev server can serve the same app, so both share one render path.
 * `current` is read per request, so a server can swap in a rebuilt site.
 */
export function createSiteApp(current: () => SiteSource): Hono {
  const app = new Hono();
  app.get("*", async (c) => {
    const site = current();
    const base = site.shell.data.base;
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text("Bad request", 400);
    }
    if (!path.startsWith(base)) return notFound(site);
    path = `/${path.slice(base.length)}`;
    if (path.endsWith("/index.html")) path = path.slice(0, -"index.html".length);
    const route = site.routes.get(path);
    if (route) return new Response(rendered(site, route), { headers: headers(path) });
    const file = site.files.get(path);
    if (file)
      return new Response(new Uint8Array(await site.readFile(file)), { headers: headers(path) });
    if (site.routes.has(`${path}/`)) return c.redirect(site.shell.href(`${path}/`), 301);
    return notFound(site);
  });
  return app;
}

/**
 * The one render path: the app answers a request with it, and `waymark build` calls it for each
 * route it renders, skipping a Request and Response per page (a tenth of the render time).
 */
export function renderRoute(site: SiteSource, route: Route): string {
  return route.render(site.shell);
}

/** A route's text, and for a page the links and ids collected as it rendered (see Route). */
export function renderRouteLinked(site: SiteSource, route: Route): RenderedPage {
  return route.renderLinked?.(site.shell) ?? { text: route.render(site.shell), links: undefined };
}

/**
 * A page as last rendered for this site: a page asked for again (a second tab, a reload, a
 * preview polling for a change) costs nothing until the site is swapped for a new one, whose
 * routes are new objects.
 */
function rendered(site: SiteSource, route: Route): string {
  let text = pages.get(route);
  if (text === undefined) {
    text = renderRoute(site, route);
    pages.set(route, text);
  }
  return text;
}

const pages = new WeakMap<Route, string>();

function headers(path: string): Record<string, string> {
  return { "content-type": contentType(path), "x-content-type-options": "nosniff" };
}

function notFound(site: SiteSource): Response {
  const page = site.routes.get(sitePaths.notFound);
  const body = page ? renderRoute(site, page) : "Not found";
  return new Response(body, { status: 404, headers: headers(sitePaths.notFound) });
}
