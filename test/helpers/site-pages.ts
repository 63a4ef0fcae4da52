import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Workspace } from "../../src/model/types.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import type { Route } from "../../src/render/site/route.js";
import { siteRoutes } from "../../src/render/site/routes.js";
import { Shell } from "../../src/render/site/shell.js";

/** A workspace's site in memory: its routes, each rendered when asked, without writing files. */
export interface SitePages {
  ws: Workspace;
  shell: Shell;
  routes: Map<string, Route>;
  /** The HTML of the page at a site path (`/periods/2024h2/`); throws when there is none. */
  page(path: string): string;
}

/** `withFacts`: the pages draw the sync cache's history (charts), as `waymark build` does. */
export async function sitePages(
  dir: string,
  { withFacts = false, date = "2024-09-15" } = {},
): Promise<SitePages> {
  const { workspace: ws, facts } = await runPipeline(dir, { check: false, history: withFacts });
  const site = siteRoutes(ws, { date, ...(withFacts ? { facts } : {}) });
  const shell = new Shell(site.shell, ws.documents);
  const routes = new Map(site.routes.map((r) => [r.path, r] as const));
  const rendered = new Map<string, string>();
  const page = (path: string) => {
    const hit = rendered.get(path);
    if (hit !== undefined) return hit;
    const route = routes.get(path);
    if (!route) throw new Error(`no route ${path}`);
    const html = route.render(shell);
    rendered.set(path, html);
    return html;
  };
  return { ws, shell, routes, page };
}

const parser = unified().use(rehypeParse);

/** The elements of an HTML page, or of an element's subtree, that `match` accepts, in order. */
export function selectAll(html: string | Element, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const tree = typeof html === "string" ? (parser.parse(html) as Root) : html;
  visit(tree, "element", (el: Element) => {
    if (match(el)) out.push(el);
  });
  return out;
}

/** The rows of the tables in the section that heading `id` labels. */
export function sectionRows(html: string, id: string): Element[] {
  const section = selectAll(
    html,
    (el) => el.tagName === "section" && String(el.properties.ariaLabelledBy) === id,
  )[0];
  return section
    ? selectAll(section, (el) => el.tagName === "tr" && !!el.properties.dataState)
    : [];
}

/** The text of an element and its descendants. */
export function textOf(el: Element): string {
  return el.children
    .map((c) => (c.type === "text" ? c.value : c.type === "element" ? textOf(c) : ""))
    .join("");
}
