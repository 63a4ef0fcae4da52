import { Feed } from "feed";
import { STATE_LABEL } from "../../model/markdown/state.js";
import type { Workspace } from "../../model/types.js";
import { compareDefault, compareEnglish } from "./collate.js";
import { sitePaths } from "./site-paths.js";
import { xmlText } from "./verify-xml.js";

/** The feed is a window on recent change, as feeds are: the newest entries only. */
export const FEED_ENTRIES = 100;

export interface FeedEntry {
  kind: "goal" | "initiative" | "story";
  id: string;
  title: string;
  /** Site path of the entry's page. */
  path: string;
  summary: string;
  /** ISO 8601; the epoch when the file's date is unknown. */
  date: string;
}

export interface FeedMeta {
  groupName: string;
  /** The base URL as given: a full URL makes every link and id absolute. */
  baseUrl: string;
  /** Base path of the site ("/" or "/sub/"). */
  base: string;
}

const EPOCH = new Date(0).toISOString();
const KIND_TEXT = { goal: "Goal", initiative: "Initiative" } as const;

/**
 * Goals, initiatives and stories, newest change first (ties by kind, then id), at most
 * FEED_ENTRIES. Dates come from the caller (git history or file times), never from the clock.
 * Plain data, cheap to make: it is the feed's cache key, so a body edit leaves the feed alone.
 */
export function feedEntries(ws: Workspace, lastChanged: Record<string, string>): FeedEntry[] {
  const dateOf = (file: string) => lastChanged[file] ?? EPOCH;
  const entries: FeedEntry[] = [
    ...ws.items.map((item) => ({
      kind: item.kind,
      id: item.id,
      title: item.title,
      path: sitePaths.item(item.id),
      summary: [
        KIND_TEXT[item.kind],
        item.state && STATE_LABEL[item.state],
        item.progress && `${item.progress.done} of ${item.progress.total} done`,
        item.owners.length ? `owned by ${item.owners.join(", ")}` : "owner needed",
      ]
        .filter(Boolean)
        .join(" · "),
      date: dateOf(item.file),
    })),
    ...(ws.vision?.stories ?? []).map((story) => ({
      kind: "story" as const,
      id: story.id,
      title: story.title,
      path: sitePaths.story(story.id),
      summary: `${story.kind === "status-quo" ? "Status quo" : "Shiny future"} story`,
      date: dateOf(story.file),
    })),
  ];
  const order = (a: FeedEntry, b: FeedEntry) =>
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    compareDefault(a.kind, b.kind) ||
    compareEnglish(a.id, b.id);
  return entries.sort(order).slice(0, FEED_ENTRIES);
}

/**
 * Entry titles and summaries are `type="html"` in Atom, so text must reach them escaped; and
 * characters XML forbids (a title can hold a control character) are replaced first.
 */
function escapeHtml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Atom document. Without a full base URL, ids are URNs and links are root-relative. */
export function atomFeed(entries: FeedEntry[], meta: FeedMeta): string {
  const origin = meta.baseUrl.match(/^https?:\/\/[^/]+/i)?.[0] ?? "";
  const url = (path: string) => origin + meta.base + path.replace(/^\//, "");
  const feed = new Feed({
    id: origin ? url("/") : `urn:waymark:${encodeURIComponent(xmlText(meta.groupName))}`,
    title: xmlText(`${meta.groupName}: goals and stories`),
    updated: new Date(entries[0]?.date ?? EPOCH),
    generator: "waymark",
    link: url(sitePaths.home),
    feed: url(sitePaths.feed),
  });
  for (const e of entries) {
    feed.addItem({
      title: escapeHtml(e.title),
      id: origin ? url(e.path) : `urn:waymark:${e.kind}:${encodeURIComponent(e.id)}`,
      link: url(e.path),
      date: new Date(e.date),
      description: escapeHtml(e.summary),
    });
  }
  return `${feed.atom1()}\n`;
}
