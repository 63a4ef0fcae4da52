import { describe, expect, it } from "vitest";
import { EXAMPLE } from "../../../test/browser/example-site.js";
import { needsShared, sharedPath } from "../../../test/helpers/shared-corpus.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { textRoute } from "./route.js";
import { allRoutes, RouteMap } from "./route-map.js";
import { siteRouteMap, siteRoutes } from "./routes.js";
import { Shell } from "./shell.js";

describe("RouteMap", () => {
  const made: string[] = [];
  const family = (prefix: string, ...paths: string[]) => ({
    prefix,
    routes: () => {
      made.push(prefix);
      return paths.map((p) => textRoute(p, `${prefix} ${p}`));
    },
  });
  const families = [
    family("/", "/"),
    family("/goals/", "/goals/a/", "/goals/b/"),
    family("/vision/", "/vision/", "/vision/x/"),
    family("/vision/", "/vision/x/", "/vision/y/"),
  ];

  it("makes only the families whose prefix a path has, and each once", () => {
    made.length = 0;
    const map = new RouteMap(families);
    expect(map.get("/goals/b/")?.render(undefined as never)).toBe("/goals/ /goals/b/");
    expect(map.has("/goals/c/")).toBe(false);
    expect(made).toEqual(["/", "/goals/"]);
    map.get("/vision/y/");
    expect(made).toEqual(["/", "/goals/", "/vision/", "/vision/"]);
  });

  it("keeps the first family's route of a path, as the full list does", () => {
    const map = new RouteMap(families);
    expect(map.get("/vision/x/")?.render(undefined as never)).toBe("/vision/ /vision/x/");
    expect([...map.keys()]).toEqual(allRoutes(families).map((r) => r.path));
    expect(map.size).toBe(6);
  });

  it("asks a family that can find one route for it, before making them all", () => {
    const listed: string[] = [];
    const map = new RouteMap([
      {
        prefix: "/goals/",
        routes: () => {
          listed.push("all");
          return [textRoute("/goals/a/", "a"), textRoute("/goals/b/", "b")];
        },
        find: (path) => (path === "/goals/a/" ? textRoute(path, "a") : undefined),
      },
    ]);
    const found = map.get("/goals/a/");
    expect(found?.render(undefined as never)).toBe("a");
    expect(map.get("/goals/a/")).toBe(found);
    expect(listed).toEqual([]);
    expect(map.get("/goals/b/")?.render(undefined as never)).toBe("b");
    expect(listed).toEqual(["all"]);
  });

  it("refuses a route outside its family's prefix, a bug that would hide it from lookups", () => {
    const map = new RouteMap([family("/goals/", "/people/x/")]);
    expect(() => map.get("/goals/x/")).toThrow(/outside its family/);
  });
});

/**
 * Every path's page, looked up one at a time, is the page of the full list: in list order, and
 * in reverse order in a second map (so families are made in another order).
 */
async function lookupsMatchTheList(dir: string, date: string) {
  const { workspace: ws } = await runPipeline(dir, { check: false });
  const listed = siteRoutes(ws, { date });
  const shell = new Shell(listed.shell, ws.documents);
  const pages = new Map(listed.routes.map((r) => [r.path, r.render(shell)]));
  for (const order of [listed.routes, [...listed.routes].reverse()]) {
    const map = siteRouteMap(ws, { date }).routes;
    for (const route of order) {
      const found = map.get(route.path);
      expect(found?.path, route.path).toBe(route.path);
      expect(found!.render(shell), route.path).toBe(pages.get(route.path));
    }
  }
  const map = siteRouteMap(ws, { date }).routes;
  expect(map.get("/goals/no-such-goal/")).toBeUndefined();
  expect([...map.keys()]).toEqual(listed.routes.map((r) => r.path));
}

describe("siteRouteMap, path by path, against siteRoutes", () => {
  it("the example workspace", () => lookupsMatchTheList(EXAMPLE, "2024-09-15"));
  describe("wg-async", needsShared("corpus/wg-async"), () => {
    it("every page", () => lookupsMatchTheList(sharedPath("corpus/wg-async"), "2024-09-15"));
  });
  describe("rust-project-goals", needsShared("corpus/rust-project-goals"), () => {
    it("every page", () =>
      lookupsMatchTheList(sharedPath("corpus/rust-project-goals"), "2025-03-01"));
  });
});
