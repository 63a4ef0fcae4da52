import type { PageLinks } from "../../render/site/links/page-links.js";

export interface BrokenLink {
  /** The site path of the page that holds the link. */
  page: string;
  href: string;
  reason: string;
}

export interface VerifyOptions {
  /** Check only these pages' links (all of `pages` still serve as targets); default all. */
  only?: Iterable<string>;
  /** Told, for every page checked, each site path one of its internal links points at. */
  onTarget?: (page: string, target: string) => void;
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks every internal link of every page against the site itself: the target must be a file
 * the build writes, and a #fragment must be an id in that page. External links are not fetched.
 * Pure: it takes the pages' links and ids and the set of paths, and returns what is broken.
 */
export function verifyLinks(
  pages: ReadonlyMap<string, PageLinks>,
  paths: ReadonlySet<string>,
  base: string,
  options: VerifyOptions = {},
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (target: string) => {
    const page = pages.get(target);
    if (!page) return undefined;
    const known = ids.get(target);
    if (known) return known;
    const set = new Set(page.ids);
    ids.set(target, set);
    return set;
  };
  for (const page of options.only ?? pages.keys()) {
    const links = pages.get(page)?.links ?? [];
    const onTarget = options.onTarget && ((target: string) => options.onTarget!(page, target));
    let pageUrl: URL | undefined;
    for (const href of links) {
      if (EXTERNAL.test(href)) continue;
      const reason = check(
        href,
        () => {
          pageUrl ??= new URL(base + page.replace(/^\//, ""), "http://site.invalid");
          return pageUrl;
        },
        page,
        idsOf,
        paths,
        base,
        onTarget,
      );
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

/**
 * A root-relative href as the site writes them ("/base/goals/a/#impact"): no dot segments, no
 * escapes, nothing for the URL parser to resolve, so the common case skips it.
 */
const PLAIN = /^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?(#[A-Za-z0-9._~-]*)?$/;

/** The decoded path and fragment an href leads to, from the page at `pageUrl`. */
function locate(href: string, pageUrl: () => URL): { pathname: string; fragment: string } {
  if (href.startsWith("/") && PLAIN.test(href)) {
    const hash = href.indexOf("#");
    return hash < 0
      ? { pathname: href, fragment: "" }
      : { pathname: href.slice(0, hash), fragment: href.slice(hash + 1) };
  }
  const url = new URL(href, pageUrl());
  return {
    pathname: decodeURIComponent(url.pathname),
    fragment: decodeURIComponent(url.hash.slice(1)),
  };
}

function check(
  href: string,
  pageUrl: () => URL,
  page: string,
  idsOf: (target: string) => Set<string> | undefined,
  paths: ReadonlySet<string>,
  base: string,
  onTarget?: (target: string) => void,
): string | undefined {
  if (href === "") return "the link is empty";
  let pathname: string;
  let id: string;
  try {
    ({ pathname, fragment: id } = locate(href, pageUrl));
  } catch {
    return "the link is not valid percent-encoding";
  }
  if (!pathname.startsWith(base)) return `it leaves the site, whose base path is ${base}`;
  const target = `/${pathname.slice(base.length)}`;
  onTarget?.(target);
  if (!paths.has(target)) {
    const hint = paths.has(`${target}/`) ? ` (did you mean ${target}/?)` : "";
    return `no page or file ${target} is built${hint}`;
  }
  if (!id) return undefined;
  const targetIds = idsOf(target);
  if (!targetIds) return `#${id} points into ${target}, which is not an HTML page`;
  if (!targetIds.has(id)) {
    return target === page ? `this page has no #${id}` : `${target} has no #${id}`;
  }
  return undefined;
}
