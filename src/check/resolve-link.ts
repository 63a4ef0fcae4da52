import type { Workspace } from "../model/types.js";

/** What a link's URL points at, as far as the workspace can tell. */
export type LinkTarget =
  /** A URL with a scheme or a protocol-relative one; not ours to check. */
  | { kind: "external" }
  /** Above the workspace root, or into a folder the loader skips: it cannot be checked. */
  | { kind: "unchecked" }
  /** A path in the workspace (`path` is "" for a fragment-only link to the same file). */
  | { kind: "local"; path: string; anchor?: string; file?: string; folder: boolean };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const INDEX_PAGES = ["index.md", "README.md", "readme.md", "Readme.md"];

interface PathIndex {
  paths: Set<string>;
  folders: Set<string>;
}

const indexes = new WeakMap<Set<string>, PathIndex>();

/** The workspace's files and the folders that hold them, built once per workspace. */
function pathIndex(paths: Set<string>): PathIndex {
  const hit = indexes.get(paths);
  if (hit) return hit;
  const folders = new Set<string>([""]);
  for (const path of paths) {
    for (let cut = path.indexOf("/"); cut >= 0; cut = path.indexOf("/", cut + 1))
      folders.add(path.slice(0, cut));
  }
  const index = { paths, folders };
  indexes.set(paths, index);
  return index;
}

/**
 * Resolves a link written in `from` against the workspace's paths, the way a Markdown site would:
 * relative to the linking file (a leading `/` means the workspace root), a folder through its
 * index.md or README.md, mdBook's `x.html` as `x.md`, and a page URL without extension as `x.md`.
 */
export function resolveLink(workspace: Workspace, from: string, url: string): LinkTarget {
  if (SCHEME.test(url) || url.startsWith("//")) return { kind: "external" };
  const hash = url.indexOf("#");
  const anchor = hash >= 0 ? decode(url.slice(hash + 1)) : undefined;
  const raw = decode((hash >= 0 ? url.slice(0, hash) : url).replace(/\?.*$/, ""));
  if (!raw) return { kind: "local", path: "", anchor, file: from, folder: false };
  const base = raw.startsWith("/") ? "" : from.slice(0, from.lastIndexOf("/") + 1);
  const path = normalize(base + raw);
  if (path === undefined || path.split("/").some((s) => s.startsWith(".")))
    return { kind: "unchecked" };
  const index = pathIndex(workspace.paths);
  const folder = index.folders.has(path);
  return { kind: "local", path, anchor, file: findFile(index, path, folder), folder };
}

function findFile(index: PathIndex, path: string, folder: boolean): string | undefined {
  const prefix = path ? `${path}/` : "";
  const candidates = folder
    ? [...INDEX_PAGES.map((name) => prefix + name), `${path}.md`]
    : path.endsWith(".html")
      ? htmlSources(path.slice(0, -".html".length))
      : [path, `${path}.md`];
  return candidates.find((c) => index.paths.has(c));
}

/** mdBook renders `x.md` as `x.html`, and a folder's README.md as its `index.html`. */
function htmlSources(stem: string): string[] {
  const isIndex = stem === "index" || stem.endsWith("/index");
  return isIndex ? [`${stem}.md`, `${stem.slice(0, -"index".length)}README.md`] : [`${stem}.md`];
}

/** Resolves `.` and `..` segments; undefined when the path climbs above the root. */
function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out.join("/");
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
