import { Feed } from "feed";
import { STATE_LABEL } from "../../model/markdown/state.js";
import type { Workspace } from "../../model/types.js";
import { sitePaths } from "./site-paths.js";

export interface FeedOptions {
  /** The base URL as given: a full URL makes every link and id absolute. */
  baseUrl: string;
  /** Base path of the site ("/" or "/sub/"). */
  base: string;
  /** When each source file last changed (ISO 8601). */
  lastChanged: Record<string, string>;
}

interface Entry {
  kind: "goal" | "initiative" | "story";
  id: string;
  file: string;
  title: string;
  path: string;
  summary: string;
  date: Date;
}

const EPOCH = new Date(0);
const KIND_TEXT = { goal: "Goal", initiative: "Initiative" } as const;

/** Entry titles and summaries are `type="html"` in Atom, so text must reach them escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The Atom feed of goals, initiatives and stories, newest change first. Dates come from the
 * caller (git history or file times), never from the clock, so the feed is deterministic.
 */
export function atomFeed(ws: Workspace, options: FeedOptions): string {
  const origin = options.baseUrl.match(/^https?:\/\/[^/]+/i)?.[0] ?? "";
  const url = (path: string) => origin + options.base + path.replace(/^\//, "");
  const dateOf = (file: string) => {
    const iso = options.lastChanged[file];
    return iso ? new Date(iso) : EPOCH;
  };
  const entries: Entry[] = [
    ...ws.items.map((item) => ({
      kind: item.kind,
      id: item.id,
      file: item.file,
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
      file: story.file,
      title: story.title,
      path: sitePaths.story(story.id),
      summary: `${story.kind === "status-quo" ? "Status quo" : "Shiny future"} story`,
      date: dateOf(story.file),
    })),
  ].sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      a.kind.localeCompare(b.kind) ||
      a.id.localeCompare(b.id, "en"),
  );
  const updated = entries[0]?.date ?? EPOCH;
  const feedId = origin ? url("/") : `urn:waymark:${encodeURIComponent(ws.config.group.name)}`;
  const feed = new Feed({
    id: feedId,
    title: `${ws.config.group.name}: goals and stories`,
    updated,
    generator: "waymark",
    link: url(sitePaths.home),
    feed: url(sitePaths.feed),
  });
  for (const e of entries) {
    feed.addItem({
      title: escapeHtml(e.title),
      id: origin ? url(e.path) : `urn:waymark:${e.kind}:${encodeURIComponent(e.id)}`,
      link: url(e.path),
      date: e.date,
      description: escapeHtml(e.summary),
    });
  }
  return `${feed.atom1()}\n`;
}
