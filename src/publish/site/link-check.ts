import type { PageLinks } from "../../render/site/links/page-links.js";
import { type BrokenLink, verifyLinks } from "./verify-links.js";

/** The last site whose links all resolved, and who links where in it. */
interface Verified {
  base: string;
  pages: ReadonlyMap<string, PageLinks>;
  paths: ReadonlySet<string>;
  /** Site path → the pages with an internal link to it. */
  linkedFrom: Map<string, Set<string>>;
  /** Page → the site paths its internal links point at. */
  targets: Map<string, Set<string>>;
}

/**
 * The link check of a process that builds again and again (serve, the bench). After a build
 * whose links all resolved, the next one re-checks only the pages whose links or ids may have
 * changed: every page rendered again, and every page that links to one of those or to a path
 * the site no longer has. A page kept from the cache holds the same `PageLinks` object, so
 * "changed" is an identity test. Anything else (a first build, another base, a broken link)
 * checks every page, so the result and its order are always those of a full check.
 */
export class LinkCheck {
  private verified: Verified | undefined;

  verify(
    pages: ReadonlyMap<string, PageLinks>,
    paths: ReadonlySet<string>,
    base: string,
  ): BrokenLink[] {
    const last = this.verified;
    this.verified = undefined;
    if (last && last.base === base) {
      const next = { ...last, pages, paths };
      const broken = verifyLinks(pages, paths, base, {
        only: recheck(last, pages, paths, next),
        onTarget: link(next),
      });
      if (!broken.length) {
        this.verified = next;
        return broken;
      }
    }
    const next: Verified = { base, pages, paths, linkedFrom: new Map(), targets: new Map() };
    const broken = verifyLinks(pages, paths, base, { onTarget: link(next) });
    if (!broken.length) this.verified = next;
    return broken;
  }
}

/**
 * The pages to check again, taken out of `next`'s link index (re-checking adds them back):
 * pages new or rendered again, and pages linking to those or to removed paths.
 */
function recheck(
  last: Verified,
  pages: ReadonlyMap<string, PageLinks>,
  paths: ReadonlySet<string>,
  next: Verified,
): Set<string> {
  next.linkedFrom = last.linkedFrom;
  next.targets = last.targets;
  const changed = new Set<string>();
  for (const [page, links] of pages) if (last.pages.get(page) !== links) changed.add(page);
  const affected = new Set(changed);
  for (const path of last.paths) if (!paths.has(path)) affected.add(path);
  for (const page of last.pages.keys()) if (!pages.has(page)) affected.add(page);
  const again = new Set<string>();
  for (const target of affected) {
    if (pages.has(target) && changed.has(target)) again.add(target);
    for (const page of next.linkedFrom.get(target) ?? []) if (pages.has(page)) again.add(page);
  }
  for (const page of again) unlink(next, page);
  for (const page of last.pages.keys()) if (!pages.has(page)) unlink(next, page);
  return again;
}

const link = (index: Verified) => (page: string, target: string) => {
  setOf(index.linkedFrom, target).add(page);
  setOf(index.targets, page).add(target);
};

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  const known = map.get(key);
  if (known) return known;
  const made = new Set<string>();
  map.set(key, made);
  return made;
}

function unlink(index: Verified, page: string): void {
  for (const target of index.targets.get(page) ?? []) index.linkedFrom.get(target)?.delete(page);
  index.targets.delete(page);
}
