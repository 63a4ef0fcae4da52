import type { MarkdownDocument } from "../../../model/types.js";
import { freePages, type SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { clip, leadParagraphs } from "./summary-text.js";

/** What a result says it is, by the number each document starts with. */
export const SEARCH_KINDS = [
  "Goal",
  "Initiative",
  "Slate",
  "Status quo story",
  "Shiny future story",
  "Character",
  "Page",
  "Person",
  "Team",
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing the search finds: [kind, title, text, path]. Arrays, not objects: half the bytes. */
export type SearchDocument = [kind: number, title: string, text: string, path: string];

/**
 * /search-index.json: the documents the browser indexes when the search box is first used. The
 * path is relative to the site's base (no leading "/"), so the file does not change with it.
 */
export interface SearchIndexFile {
  kinds: readonly SearchKind[];
  documents: SearchDocument[];
}

/**
 * Everything a reader may look for, with the title and the first words of each page: goals and
 * initiatives, slates, stories, characters, free pages, people and teams. Pure over the model.
 */
export function searchDocuments(index: SiteIndex): SearchIndexFile {
  const { ws } = index;
  const docs = new Map<string, MarkdownDocument>(ws.documents.map((d) => [d.file, d]));
  const entries: Entry[] = [];
  const add = (
    kind: SearchKind,
    title: string,
    path: string,
    file: string | undefined,
    texts: (string | undefined)[],
    fallback = "",
  ) => {
    const doc = file === undefined ? undefined : docs.get(file);
    const leads = new Set(texts.flatMap((text) => (text ? leadParagraphs(doc, text) : [])));
    entries.push({ kind, title, path, leads: [...leads], fallback });
  };

  for (const item of index.items.values())
    add(
      item.kind === "goal" ? "Goal" : "Initiative",
      item.title,
      sitePaths.item(item.id),
      item.file,
      [item.impact, item.body],
    );
  for (const known of index.periods) {
    const page = ws.periods.find((p) => p.id === known.id);
    const title = page?.title ?? known.title ?? known.id;
    add("Slate", title, sitePaths.period(known.id), page?.file, [page?.intro, page?.body]);
  }
  for (const story of index.stories.values())
    add(
      story.kind === "status-quo" ? "Status quo story" : "Shiny future story",
      story.title,
      sitePaths.story(story.id),
      story.file,
      [story.body],
    );
  for (const c of index.characters.values())
    add("Character", c.name, sitePaths.character(c.id), c.file, [c.background], c.value);
  for (const page of freePages(ws))
    add("Page", page.title, sitePaths.page(page.file), page.file, [page.body]);
  for (const handle of index.people) {
    const name = ws.config.people.get(handle)?.name;
    add(
      "Person",
      name ?? handle,
      sitePaths.person(handle),
      undefined,
      [],
      name ? `@${handle}` : "",
    );
  }
  for (const id of index.teams) {
    const name = ws.config.teams.get(id)?.name;
    add("Team", name ?? id, sitePaths.team(id), undefined, [], name ? id : "");
  }
  return { kinds: SEARCH_KINDS, documents: withTexts(entries) };
}

/** A paragraph that opens this many pages or more is boilerplate: it tells none of them apart. */
const BOILERPLATE = 3;

interface Entry {
  kind: SearchKind;
  title: string;
  path: string;
  /** The first paragraphs of its page, in order. */
  leads: string[];
  /** The text when no paragraph will do. */
  fallback: string;
}

/**
 * Each entry's text: its first paragraph that is not boilerplate. wg-async's stories all open with
 * the same draft notice, which would make every result read alike; the next paragraph says what
 * the story is.
 */
function withTexts(entries: Entry[]): SearchDocument[] {
  const opens = new Map<string, number>();
  for (const e of entries) for (const lead of e.leads) opens.set(lead, (opens.get(lead) ?? 0) + 1);
  return entries.map((e) => {
    const text = e.leads.find((lead) => (opens.get(lead) ?? 0) < BOILERPLATE);
    return [
      SEARCH_KINDS.indexOf(e.kind),
      e.title,
      text ? clip(text) : e.fallback,
      e.path.replace(/^\//, ""),
    ];
  });
}
