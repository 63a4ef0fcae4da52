import type { MarkdownDocument } from "../../../model/types.js";
import { freePages, type SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { summaryText } from "./summary-text.js";

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
  const summary = (file: string | undefined, ...texts: (string | undefined)[]) => {
    const doc = file === undefined ? undefined : docs.get(file);
    for (const text of texts) {
      const found = text ? summaryText(doc, text) : "";
      if (found) return found;
    }
    return "";
  };
  const documents: SearchDocument[] = [];
  const add = (kind: SearchKind, title: string, text: string, path: string) =>
    documents.push([SEARCH_KINDS.indexOf(kind), title, text, path.replace(/^\//, "")]);

  for (const item of index.items.values())
    add(
      item.kind === "goal" ? "Goal" : "Initiative",
      item.title,
      summary(item.file, item.impact, item.body),
      sitePaths.item(item.id),
    );
  for (const known of index.periods) {
    const page = ws.periods.find((p) => p.id === known.id);
    const title = page?.title ?? known.title ?? known.id;
    add("Slate", title, summary(page?.file, page?.intro, page?.body), sitePaths.period(known.id));
  }
  for (const story of index.stories.values())
    add(
      story.kind === "status-quo" ? "Status quo story" : "Shiny future story",
      story.title,
      summary(story.file, story.body),
      sitePaths.story(story.id),
    );
  for (const c of index.characters.values())
    add("Character", c.name, summary(c.file, c.background) || c.value, sitePaths.character(c.id));
  for (const page of freePages(ws))
    add("Page", page.title, summary(page.file, page.body), sitePaths.page(page.file));
  for (const handle of index.people) {
    const name = ws.config.people.get(handle)?.name;
    add("Person", name ?? handle, name ? `@${handle}` : "", sitePaths.person(handle));
  }
  for (const id of index.teams) {
    const name = ws.config.teams.get(id)?.name;
    add("Team", name ?? id, name ? id : "", sitePaths.team(id));
  }
  return { kinds: SEARCH_KINDS, documents };
}
