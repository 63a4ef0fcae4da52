import { describe, expect, it } from "vitest";
import type { PageLinks } from "../../render/site/links/page-links.js";
import { LinkCheck } from "./link-check.js";
import { verifyLinks } from "./verify-links.js";

const home: PageLinks = { links: ["/goals/a/#impact", "/goals/b/"], ids: ["main"] };
const a: PageLinks = { links: ["/", "#impact"], ids: ["impact"] };
const b: PageLinks = { links: ["/goals/a/"], ids: [] };
const site = (pages: Record<string, PageLinks>) => new Map(Object.entries(pages));
const paths = (pages: Map<string, PageLinks>) => new Set([...pages.keys(), "/feed.xml"]);

/** The incremental check against a full one, on each site in turn, starting from `first`. */
function both(...sites: Map<string, PageLinks>[]) {
  const check = new LinkCheck();
  return sites.map((s) => ({
    incremental: check.verify(s, paths(s), "/"),
    full: verifyLinks(s, paths(s), "/"),
  }));
}

describe("LinkCheck", () => {
  it("finds an anchor removed from a page that unchanged pages link to", () => {
    const [first, second] = both(
      site({ "/": home, "/goals/a/": a, "/goals/b/": b }),
      // Only /goals/a/ rendered again, without its #impact: the home page links to it.
      site({ "/": home, "/goals/a/": { links: ["/"], ids: [] }, "/goals/b/": b }),
    );
    expect(first!.incremental).toEqual([]);
    expect(second!.incremental).toEqual(second!.full);
    expect(second!.full.map((x) => x.page)).toEqual(["/"]);
  });

  it("finds links to a page the site no longer has", () => {
    const [, second] = both(
      site({ "/": home, "/goals/a/": a, "/goals/b/": b }),
      site({ "/": home, "/goals/a/": a }),
    );
    expect(second!.incremental).toEqual(second!.full);
    expect(second!.full).toHaveLength(1);
  });

  it("checks a page rendered again, and after a failure checks everything", () => {
    const broken: PageLinks = { links: ["/nowhere/"], ids: [] };
    const results = both(
      site({ "/": home, "/goals/a/": a, "/goals/b/": b }),
      site({ "/": home, "/goals/a/": a, "/goals/b/": broken }),
      site({ "/": home, "/goals/a/": a, "/goals/b/": broken }),
      site({ "/": home, "/goals/a/": a, "/goals/b/": b }),
      site({ "/": { ...home }, "/goals/a/": a, "/goals/b/": b }),
    );
    for (const r of results) expect(r.incremental).toEqual(r.full);
    expect(results.map((r) => r.full.length)).toEqual([0, 1, 1, 0, 0]);
  });
});
