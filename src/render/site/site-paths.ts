import { createHash } from "node:crypto";
import { COPIED_TYPES, extensionOf } from "../../model/copied-files.js";
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
  /** Where every goal's and initiative's page is. */
  items: "/goals/",
  item: (id: string) => `/goals/${segment(id)}/`,
  periods: "/periods/",
  period: (id: string) => `/periods/${segment(id)}/`,
  vision: "/vision/",
  characters: "/vision/characters/",
  character: (id: string) => `/vision/characters/${segment(id)}/`,
  stories: (kind: "status-quo" | "shiny-future") => `/vision/${kind}/`,
  story: (id: string) => `/vision/stories/${segment(id)}/`,
  coverage: "/vision/coverage/",
  /** The layout's own table of contents (wg-async's SUMMARY.md). */
  contents: "/contents/",
  people: "/people/",
  person: (handle: string) => `/people/${segment(handle)}/`,
  teams: "/teams/",
  /** Focus, updates and burn-ups over time, from the sync history. */
  charts: "/charts/",
  /** The triage board: Focus, OnDeck, Other and the uncategorised issues of the area. */
  triage: "/triage/",
  team: (id: string) => `/teams/${segment(id)}/`,
  /** A free Markdown page: its path without `.md`, under /pages/ so it never shadows ours. */
  page: (file: string) => `/pages/${file.replace(/\.md$/i, "").split("/").map(segment).join("/")}/`,
  /** A workspace file a page links to or shows, copied as is. */
  file: (file: string) => `/files/${file.split("/").map(segment).join("/")}`,
  notFound: "/404.html",
  css: "/assets/site.css",
  script: "/assets/site.js",
  /** The search library (MiniSearch), loaded by site.js when the search box is first used. */
  searchLibrary: "/assets/minisearch.js",
  /** What the search box searches: see search/search-documents.ts. */
  searchIndex: "/search-index.json",
  json: "/waymark.json",
  schema: "/waymark.schema.json",
  feed: "/feed.xml",
  /** The group's calendar (iCalendar): a stable address to subscribe to. */
  calendar: "/calendar.ics",
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

/**
 * The Content-Type of a site path, for the dev server: our own files by their kind, a copied file
 * by the allow list of `model/copied-files.ts`, anything else as bytes to download.
 */
export function contentType(path: string): string {
  const ext = extensionOf(outputFile(path));
  const types = path.startsWith("/files/") ? COPIED_TYPES : CONTENT_TYPES;
  return (Object.hasOwn(types, ext) && types[ext]) || "application/octet-stream";
}

/** The kinds of file the site itself writes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/atom+xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
};
