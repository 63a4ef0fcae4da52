import type { Route } from "./route.js";

/**
 * Routes made together from the model (a page family: the goals, the vision's pages), every path
 * of which starts with `prefix`. The prefix lets a lookup make only the families that could hold a
 * path: the dev server, asked for one page after a reload, builds one family's routes, not all.
 */
export interface RouteFamily {
  prefix: string;
  routes: () => Route[];
  /**
   * The family's route at `path` without making the others, when the family can tell (the goal
   * pages, by id); undefined sends the lookup to the full list.
   */
  find?: (path: string) => Route | undefined;
}

/**
 * The routes of `families` by path, each family made on the first lookup that may need it. When
 * two routes share a path the first family's wins, as in `allRoutes`. Iterating makes them all.
 */
export class RouteMap implements ReadonlyMap<string, Route> {
  private readonly made = new Map<RouteFamily, Map<string, Route>>();

  constructor(private readonly families: readonly RouteFamily[]) {}

  get(path: string): Route | undefined {
    for (const family of this.families)
      if (path.startsWith(family.prefix)) {
        const route = this.found(family, path) ?? this.of(family).get(path);
        if (route) return route;
      }
    return undefined;
  }

  /** A route `find` gave, kept so that a path always gets the same route object. */
  private found(family: RouteFamily, path: string): Route | undefined {
    if (!family.find || this.made.has(family)) return undefined;
    let route = this.single.get(path);
    if (!route) {
      route = family.find(path);
      if (route) this.single.set(path, route);
    }
    return route;
  }

  private readonly single = new Map<string, Route>();

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  get size(): number {
    return this.all().size;
  }

  entries(): MapIterator<[string, Route]> {
    return this.all().entries();
  }

  keys(): MapIterator<string> {
    return this.all().keys();
  }

  values(): MapIterator<Route> {
    return this.all().values();
  }

  [Symbol.iterator](): MapIterator<[string, Route]> {
    return this.entries();
  }

  forEach(each: (route: Route, path: string, map: ReadonlyMap<string, Route>) => void): void {
    for (const [path, route] of this.all()) each(route, path, this);
  }

  private of(family: RouteFamily): Map<string, Route> {
    let routes = this.made.get(family);
    if (!routes) {
      routes = new Map();
      for (const route of family.routes()) {
        if (!route.path.startsWith(family.prefix))
          throw new Error(`route ${route.path} is outside its family's ${family.prefix}`);
        if (!routes.has(route.path)) routes.set(route.path, route);
      }
      this.made.set(family, routes);
    }
    return routes;
  }

  private every?: Map<string, Route>;

  private all(): Map<string, Route> {
    if (!this.every) {
      this.every = new Map();
      for (const family of this.families)
        for (const [path, route] of this.of(family))
          if (!this.every.has(path)) this.every.set(path, route);
    }
    return this.every;
  }
}

/** Every route of `families`, in order, the first of each path kept. */
export function allRoutes(families: readonly RouteFamily[]): Route[] {
  return [...new RouteMap(families).values()];
}
