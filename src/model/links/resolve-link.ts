import { type LinkFiles, linkFiles } from "./link-files.js";

/** How a found file was reached from the path written. */
export type LinkVia =
  /** The path names the file itself. */
  | "path"
  /** The path names a folder, and this is its index page (see INDEX_PAGES). */
  | "index"
  /** mdBook's `x.html` for the page built from `x.md` (`index.html` for the folder's index). */
  | "html"
  /** A page URL without its extension: `x` for `x.md`. */
  | "extension";

/** Why a path in the workspace reaches no file. */
export type LinkMissing =
  /** Nothing at that path, nor at any page URL for it. */
  | "no-file"
  /** A folder with no index page. */
  | "no-index";

/**
 * What a link written in a workspace file points at. Each consumer maps this to its own concern:
 * check to diagnostics, the site to the route built from `file`, import to the file's new path.
 */
export type ResolvedLink =
  /** A URL with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`): not ours. */
  | { kind: "external" }
  /** `[text]()`: a placeholder that links nowhere yet (mdBook's draft chapter). */
  | { kind: "empty" }
  /** `#fragment` (or a bare `?query`): a place in the linking file itself. */
  | { kind: "anchor"; file: string; fragment?: string }
  /** A Markdown file of the workspace. */
  | { kind: "page"; file: string; fragment?: string; via: LinkVia }
  /** Any other file of the workspace (an image, a PDF, a YAML file). */
  | { kind: "file"; file: string; fragment?: string; via: LinkVia }
  /** A path inside the workspace where no file is: `path` as resolved from the root. */
  | { kind: "missing"; path: string; fragment?: string; why: LinkMissing }
  /**
   * A path no workspace file can have: above the root (`path` as written), or in a hidden folder
   * such as `.github/`, which Waymark never reads (`path` from the root).
   */
  | { kind: "outside"; path: string; fragment?: string; why: "above-root" | "hidden" };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const MARKDOWN = /\.md$/i;
const HTML = /\.html?$/i;

/**
 * Resolves `url`, written in workspace file `from`, against the workspace's `paths`, the one way
 * `check`, the site and `import` all read links (docs/format.md, "Links", states the rules):
 * relative to the linking file's folder, or to the workspace root after a leading `/`; the path
 * percent-decoded, the query ignored, the fragment kept. A folder (`docs/`, `docs`, `..`) reaches
 * its index page; mdBook's `x.html` reaches `x.md`; `x` reaches `x.md` when there is no `x`.
 */
export function resolveLink(
  url: string,
  from: string,
  paths: ReadonlySet<string> | LinkFiles,
): ResolvedLink {
  if (SCHEME.test(url) || url.startsWith("//")) return { kind: "external" };
  if (!url.trim()) return { kind: "empty" };
  const hash = url.indexOf("#");
  const fragment = hash >= 0 && hash < url.length - 1 ? decode(url.slice(hash + 1)) : undefined;
  const written = decode((hash >= 0 ? url.slice(0, hash) : url).replace(/\?.*$/s, ""));
  if (!written) return { kind: "anchor", file: from, fragment };
  const base = written.startsWith("/") ? "" : from.slice(0, from.lastIndexOf("/") + 1);
  const path = normalize(base + written);
  if (path === undefined) return { kind: "outside", path: written, fragment, why: "above-root" };
  if (path.split("/").some((segment) => segment.startsWith(".")))
    return { kind: "outside", path, fragment, why: "hidden" };
  const files = "indexOf" in paths ? paths : linkFiles(paths);
  const folderOnly = written.endsWith("/") || path === "";
  const found = folderOnly ? indexPage(files, path) : findFile(files, path);
  if (!found) {
    const why = files.folders.has(path) ? "no-index" : "no-file";
    return { kind: "missing", path, fragment, why };
  }
  const kind = MARKDOWN.test(found.file) ? "page" : "file";
  return { kind, file: found.file, fragment, via: found.via };
}

interface Found {
  file: string;
  via: LinkVia;
}

function findFile(files: LinkFiles, path: string): Found | undefined {
  if (files.files.has(path)) return { file: path, via: "path" };
  if (files.folders.has(path)) return indexPage(files, path) ?? withExtension(files, path);
  if (HTML.test(path)) {
    const stem = path.replace(HTML, "");
    const source = `${stem}.md`;
    if (files.files.has(source)) return { file: source, via: "html" };
    // mdBook writes a folder's README.md (or index.md) as its index.html.
    const slash = stem.lastIndexOf("/");
    if (stem.slice(slash + 1) !== "index") return undefined;
    const index = files.indexOf.get(slash < 0 ? "" : stem.slice(0, slash));
    return index ? { file: index, via: "html" } : undefined;
  }
  return withExtension(files, path);
}

function indexPage(files: LinkFiles, folder: string): Found | undefined {
  const file = files.indexOf.get(folder);
  return file ? { file, via: "index" } : undefined;
}

function withExtension(files: LinkFiles, path: string): Found | undefined {
  const page = `${path}.md`;
  return !MARKDOWN.test(path) && files.files.has(page)
    ? { file: page, via: "extension" }
    : undefined;
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

/**
 * Percent-decodes what is well formed and keeps any other `%` as written, so a file named
 * `100%.md` is reached both by `100%.md` (as Markdown source holds it) and by `100%25.md` (as
 * the HTML renderer encodes it).
 */
function decode(text: string): string {
  if (!text.includes("%")) return text;
  return text.replace(/(?:%[\da-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
