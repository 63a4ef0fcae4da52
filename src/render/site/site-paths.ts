import { createHash } from "node:crypto";
import type { State } from "../../model/types.js";

/**
 * The site's URL scheme, in one place. Paths are site-relative and start with "/": a page is a
 * folder ("/goals/x/", written as goals/x/index.html), anything else a file ("/waymark.json").
 */

/** A path segment safe on every file system and in every URL: ids that are not get a digest suffix. */
export function segment(id: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(id)) return id;
  const cleaned = id.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "");
  const digest = createHash("sha1").update(id).digest("hex").slice(0, 8);
  return cleaned ? `${cleaned}-${digest}` : digest;
}

export const sitePaths = {
  home: "/",
  roadmap: "/roadmap/",
  roadmapState: (state: State) => `/roadmap/state/${state}/`,
  roadmapOwner: (owner: string) => `/roadmap/owner/${segment(owner)}/`,
  roadmapTeam: (team: string) => `/roadmap/team/${segment(team)}/`,
  item: (id: string) => `/goals/${segment(id)}/`,
  periods: "/periods/",
  period: (id: string) => `/periods/${segment(id)}/`,
  vision: "/vision/",
  characters: "/vision/characters/",
  character: (id: string) => `/vision/characters/${segment(id)}/`,
  stories: (kind: "status-quo" | "shiny-future") => `/vision/${kind}/`,
  story: (id: string) => `/vision/stories/${segment(id)}/`,
  coverage: "/vision/coverage/",
  people: "/people/",
  person: (handle: string) => `/people/${segment(handle)}/`,
  teams: "/teams/",
  team: (id: string) => `/teams/${segment(id)}/`,
  /** A free Markdown page: its path without `.md`, under /pages/ so it never shadows ours. */
  page: (file: string) => `/pages/${file.replace(/\.md$/i, "").split("/").map(segment).join("/")}/`,
  /** A workspace file a page links to or shows, copied as is. */
  file: (file: string) => `/files/${file.split("/").map(segment).join("/")}`,
  notFound: "/404.html",
  css: "/assets/site.css",
  script: "/assets/site.js",
  json: "/waymark.json",
  schema: "/waymark.schema.json",
  feed: "/feed.xml",
} as const;

/** Normalises a base URL to a path that starts and ends with "/" ("https://x.io/a" → "/a/"). */
export function basePath(baseUrl = "/"): string {
  let path = baseUrl;
  const absolute = baseUrl.match(/^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i);
  if (absolute) path = absolute[1] ?? "/";
  path = path.replace(/[?#].*$/, "");
  if (!path.startsWith("/")) path = `/${path}`;
  if (!path.endsWith("/")) path = `${path}/`;
  return path.replace(/\/{2,}/g, "/");
}

/** The file a site path is written to: folders get index.html. */
export function outputFile(path: string): string {
  const rel = path.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/** The Content-Type of a site path, for the dev server. */
export function contentType(path: string): string {
  const ext =
    outputFile(path)
      .match(/\.([a-z0-9]+)$/i)?.[1]
      ?.toLowerCase() ?? "";
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}

const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/atom+xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  md: "text/plain; charset=utf-8",
  yaml: "text/plain; charset=utf-8",
  yml: "text/plain; charset=utf-8",
  toml: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  pdf: "application/pdf",
};

/**
 * Workspace files a page links to are copied to /files/, except kinds a browser would run as a
 * page of our origin (HTML, SVG, XML, scripts): a script inside one would run as ours.
 */
export const NEVER_COPIED = /\.(html?|xht(ml)?|svgz?|xml|xslt?|m?js|cjs|wasm)$/i;
