import { posix } from "node:path";
import type { LinkResolver } from "./render-markdown.js";

/** What relative links in sources can point at once built. */
export interface LinkTargets {
  /** Site path of the page built from each Markdown source file. */
  pageOfFile: ReadonlyMap<string, string>;
  /** Site path of each workspace file copied as is (images, PDFs). */
  copied: ReadonlyMap<string, string>;
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
  /** "#fragment" or "". */
  hash: string;
}

/**
 * Resolves a link written in workspace file `source` the way a Markdown viewer would. Undefined
 * for absolute URLs, bare fragments, and paths that leave the workspace.
 */
export function resolveTarget(source: string, url: string): LinkTarget | undefined {
  if (!url || url.startsWith("#") || ABSOLUTE.test(url)) return undefined;
  const cut = url.search(/[?#]/);
  const rawPath = cut < 0 ? url : url.slice(0, cut);
  const hash = cut < 0 ? "" : url.slice(cut).replace(/^\?[^#]*/, "");
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  const joined = path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(source), path);
  const target = posix.normalize(joined).replace(/\/$/, "");
  if (target === ".." || target.startsWith("../")) return undefined;
  return { path: target === "." ? "" : target, folder: path.endsWith("/") || path === "", hash };
}

/**
 * Maps links written in `source` to built pages: `x.md`, mdBook's `x.html`, and folders with
 * README.md or index.md; or to a copied file. Links it cannot place are left alone, and the
 * build's link check reports them.
 */
export function linkResolver(source: string, targets: LinkTargets): LinkResolver {
  return (url) => {
    const target = resolveTarget(source, url);
    if (!target) return undefined;
    for (const candidate of candidates(target)) {
      const page = targets.pageOfFile.get(candidate);
      if (page) return targets.href(page) + target.hash;
    }
    const file = targets.copied.get(target.path);
    return file ? targets.href(file) + target.hash : undefined;
  };
}

const INDEX_FILES = ["README.md", "readme.md", "index.md"];

function candidates({ path, folder }: LinkTarget): string[] {
  const inFolder = path ? `${path}/` : "";
  if (folder || path === "") return INDEX_FILES.map((name) => inFolder + name);
  if (/\.md$/i.test(path)) return [path];
  if (/\.html?$/i.test(path)) return [path.replace(/\.html?$/i, ".md")];
  return [`${path}.md`, ...INDEX_FILES.map((name) => inFolder + name)];
}
