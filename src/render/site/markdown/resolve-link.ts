import type { LinkFiles } from "../../../model/links/link-files.js";
import { resolveLink } from "../../../model/links/resolve-link.js";
import type { LinkResolver } from "./render-markdown.js";

/** What relative links in sources can point at once built. */
export interface LinkTargets {
  /** Every workspace path, as links resolve against them (the same set `check` uses). */
  files: LinkFiles;
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

/**
 * Maps links written in `source` to what the site builds from their targets, as resolveLink finds
 * them (the resolver `check` uses): a page, or a copied file, with the fragment kept, or mended to
 * a heading the page has. A link whose target is not built (a missing file, one outside the
 * workspace, a page with no route of its own) gives null: the renderer unlinks it, so the output
 * never holds a broken link; the checker has reported those it can see.
 */
export function linkResolver(source: string, targets: LinkTargets): LinkResolver {
  const fragmentOf = (file: string, fragment: string | undefined) => {
    if (fragment === undefined) return "";
    const mended = targets.anchors.get(`${file}#${fragment}`) ?? fragment;
    return mended ? `#${encodeURIComponent(mended)}` : "";
  };
  return (url) => {
    const target = resolveLink(url, source, targets.files);
    switch (target.kind) {
      case "external":
        return undefined;
      case "anchor": {
        if (target.fragment === undefined) return undefined;
        const mended = targets.anchors.get(`${source}#${target.fragment}`);
        if (mended === undefined) return undefined;
        return mended ? `#${encodeURIComponent(mended)}` : null;
      }
      case "page":
      case "file": {
        const route = targets.pageOfFile.get(target.file) ?? targets.copied.get(target.file);
        return route ? targets.href(route) + fragmentOf(target.file, target.fragment) : null;
      }
      default:
        // `[text]()`, a missing file, or a path outside what Waymark reads.
        return null;
    }
  };
}
