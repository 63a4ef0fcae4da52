import { readdir } from "node:fs/promises";
import type { Page } from "playwright-core";

export interface CrawlReport {
  /** Site paths of the HTML pages visited in the browser. */
  pages: string[];
  /** Every internal URL a page links to (anchors, stylesheets, scripts, images), with its status. */
  statuses: Map<string, number>;
  /** External links (other origins, mailto:), counted and never fetched. */
  external: Set<string>;
  /** Broken links and anchors, unsafe URLs and script errors, one line each. */
  problems: string[];
}

interface Found {
  ids: string[];
  links: { raw: string; url: string }[];
}

/**
 * Follows every link from `start`, breadth first. Each internal URL is fetched once to check its
 * status; each HTML page is then opened in the browser, where its links are read as the browser
 * resolves them and its ids are collected, so every `#fragment` can be checked on its target.
 */
export async function crawl(page: Page, origin: string, start = "/"): Promise<CrawlReport> {
  const queue = [start];
  const referrers = new Map<string, Set<string>>([[start, new Set(["(start)"])]]);
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; path: string; fragment: string }[] = [];
  const report: CrawlReport = { pages: [], statuses: new Map(), external: new Set(), problems: [] };
  let current = start;
  const onError = (error: Error) =>
    report.problems.push(`${current}: script error: ${error.message}`);
  page.on("pageerror", onError);

  while (queue.length) {
    const path = queue.shift()!;
    const response = await fetch(origin + path);
    report.statuses.set(path, response.status);
    const type = response.headers.get("content-type") ?? "";
    await response.arrayBuffer();
    if (response.status !== 200 || !type.startsWith("text/html")) continue;

    current = path;
    await page.goto(origin + path, { waitUntil: "domcontentloaded" });
    report.pages.push(path);
    const found: Found = await page.evaluate(() => ({
      ids: [
        ...Array.from(document.querySelectorAll("[id]"), (el) => el.id),
        ...Array.from(document.querySelectorAll("a[name]"), (el) => el.getAttribute("name") ?? ""),
      ],
      links: Array.from(
        document.querySelectorAll("a[href], link[href], script[src], img[src]"),
        (el) => {
          const raw = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
          return { raw, url: new URL(raw, document.baseURI).href };
        },
      ),
    }));
    ids.set(path, new Set(found.ids));
    for (const { raw, url } of found.links) {
      const target = new URL(url);
      if (target.protocol === "javascript:" || target.protocol === "data:") {
        report.problems.push(`${path}: unsafe link ${JSON.stringify(raw)}`);
      } else if (target.origin !== origin) {
        report.external.add(url);
      } else {
        const to = target.pathname;
        if (!referrers.has(to)) {
          referrers.set(to, new Set());
          queue.push(to);
        }
        referrers.get(to)!.add(path);
        if (target.hash.length > 1) anchors.push({ from: path, path: to, fragment: target.hash });
      }
    }
  }
  page.off("pageerror", onError);

  for (const [path, status] of report.statuses) {
    if (status !== 200)
      report.problems.push(
        `${path}: ${status}, linked from ${[...referrers.get(path)!].join(", ")}`,
      );
  }
  for (const { from, path, fragment } of anchors) {
    const id = decodeURIComponent(fragment.slice(1));
    if (report.statuses.get(path) === 200 && !ids.get(path)?.has(id))
      report.problems.push(`${from}: anchor ${path}${fragment} does not exist on its page`);
  }
  return report;
}

/** The site path of every page in a built folder ("goals/x/index.html" is "/goals/x/"). */
export async function builtPages(out: string): Promise<string[]> {
  const files = await readdir(out, { recursive: true });
  return files
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f === "index.html" || f.endsWith("/index.html"))
    .map((f) => `/${f.slice(0, -"index.html".length)}`)
    .sort();
}
