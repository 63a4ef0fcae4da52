import { posix } from "node:path";
import type { LinkResolver } from "./render-markdown.js";

/** What relative links in sources can point at once built. */
export interface LinkTargets {
  /** Site path of the page built from each Markdown source file. */
  pageOfFile: ReadonlyMap<string, string>;
  /** Site path of each workspace file copied as is (images, PDFs). */
  copied: ReadonlyMap<string, string>;
  /**
   * Fragments that need mending, by `file#fragment` as written: the heading id to use instead,
   * or "" when the file has no such heading (the link then goes to the page itself).
   */
  anchors: ReadonlyMap<string, string>;
  /** Turns a site path into the href written in pages (adds the base path). */
  href: (path: string) => string;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** A relative link resolved inside the workspace: the target path and the rest of the URL. */
export interface LinkTarget {
  /** Workspace-relative path, normalised; "" for the root. */
  path: string;
  /** True when the link named a folder ("dir/"). */
  folder: boolean;
  /** The fragment, decoded, without "#"; "" for none. */
  fragment: string;
}

/**
 * Resolves a link written in workspace file `source` the way a Markdown viewer would. Undefined
 * for absolute URLs and bare fragments; null for a path that leaves the workspace or cannot be
 * decoded.
 */
export function resolveTarget(source: string, url: string): LinkTarget | null | undefined {
  if (!url || url.startsWith("#") || ABSOLUTE.test(url)) return undefined;
  const cut = url.search(/[?#]/);
  const rawPath = cut < 0 ? url : url.slice(0, cut);
  const hash = cut < 0 ? "" : url.slice(cut).replace(/^\?[^#]*/, "");
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(rawPath);
    fragment = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const joined = path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(source), path);
  const target = posix.normalize(joined).replace(/\/$/, "");
  if (target === ".." || target.startsWith("../")) return null;
  const folder = path.endsWith("/") || path === "";
  return { path: target === "." ? "" : target, folder, fragment };
}

/** The Markdown file a target names: `x.md`, mdBook's `x.html`, or a folder's README/index. */
export function targetFile(
  target: LinkTarget,
  pageOfFile: ReadonlyMap<string, string>,
): string | undefined {
  return candidates(target).find((file) => pageOfFile.has(file));
}

/**
 * Maps links written in `source` to what the site builds from their targets: a page, or a copied
 * file, with the fragment mended to a heading the page has. A relative link whose target is not
 * built (a missing file, one outside the workspace) gives null: the renderer unlinks it, so the
 * output never holds a broken link; the checker has reported it already.
 */
export function linkResolver(source: string, targets: LinkTargets): LinkResolver {
  const fragmentOf = (file: string, fragment: string) => {
    const mended = targets.anchors.get(`${file}#${fragment}`) ?? fragment;
    return mended ? `#${encodeURIComponent(mended)}` : "";
  };
  return (url) => {
    // `[text]()`: a link with nowhere to go yet.
    if (!url.trim()) return null;
    if (url.startsWith("#")) {
      const fragment = safeDecode(url.slice(1));
      const mended = fragment === undefined ? "" : targets.anchors.get(`${source}#${fragment}`);
      if (mended === undefined) return undefined;
      return mended ? `#${encodeURIComponent(mended)}` : null;
    }
    const target = resolveTarget(source, url);
    if (target === undefined || target === null) return target;
    const file = targetFile(target, targets.pageOfFile);
    if (file)
      return targets.href(targets.pageOfFile.get(file)!) + fragmentOf(file, target.fragment);
    const copied = targets.copied.get(target.path);
    return copied ? targets.href(copied) : null;
  };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const INDEX_FILES = ["README.md", "readme.md", "index.md"];

function candidates({ path, folder }: LinkTarget): string[] {
  const inFolder = path ? `${path}/` : "";
  if (folder || path === "") return INDEX_FILES.map((name) => inFolder + name);
  if (/\.md$/i.test(path)) return [path];
  if (/\.html?$/i.test(path)) return [path.replace(/\.html?$/i, ".md")];
  return [`${path}.md`, ...INDEX_FILES.map((name) => inFolder + name)];
}
