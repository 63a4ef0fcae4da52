import type { PageLinks } from "./page-links.js";

export interface BrokenLink {
  /** The site path of the page that holds the link. */
  page: string;
  href: string;
  reason: string;
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
  for (const [page, { links }] of pages) {
    const pageUrl = new URL(base + page.replace(/^\//, ""), "http://site.invalid");
    for (const href of links) {
      if (EXTERNAL.test(href) && !/^https?:\/\/site\.invalid\//i.test(href)) continue;
      const reason = check(href, pageUrl, page, idsOf, paths, base);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

function check(
  href: string,
  pageUrl: URL,
  page: string,
  idsOf: (target: string) => Set<string> | undefined,
  paths: ReadonlySet<string>,
  base: string,
): string | undefined {
  if (href === "") return "the link is empty";
  const url = new URL(href, pageUrl);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return "the path is not valid percent-encoding";
  }
  if (!pathname.startsWith(base)) return `it leaves the site, whose base path is ${base}`;
  const target = `/${pathname.slice(base.length)}`;
  if (!paths.has(target)) {
    const hint = paths.has(`${target}/`) ? ` (did you mean ${target}/?)` : "";
    return `no page or file ${target} is built${hint}`;
  }
  const fragment = url.hash.slice(1);
  if (!fragment) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `#${fragment} is not valid percent-encoding`;
  }
  const targetIds = idsOf(target);
  if (!targetIds) return `#${id} points into ${target}, which is not an HTML page`;
  if (!targetIds.has(id)) {
    return target === page ? `this page has no #${id}` : `${target} has no #${id}`;
  }
  return undefined;
}
