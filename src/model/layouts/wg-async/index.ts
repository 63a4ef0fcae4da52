import { parseMarkdown } from "../../../load/parse-markdown.js";
import { firstTitle } from "../../markdown/sections.js";
import type { Item, MarkdownDocument, Page, Story, Workspace } from "../../types.js";
import type { Layout } from "../layout.js";
import { emptyConfig } from "../waymark/build-config.js";
import { BOOK_TOML, type Book, type BookLinks, bookLinks, readBook } from "./book.js";
import { buildItems } from "./build-items.js";
import { readCharacter } from "./characters.js";
import { buildGroup, withConfig } from "./group.js";
import { definitionsOf, linksIn } from "./links.js";
import { humanize, plainTitle, stem } from "./names.js";
import { overviewProse, readOverview } from "./overview.js";
import { readRoadmapPage } from "./roadmap-page.js";
import { newRoster } from "./roster.js";
import { buildStories, type StoryFile, templatePrompts } from "./stories.js";
import { readSummary } from "./summary.js";
import { buildVision } from "./vision.js";

const ROADMAP = /(^|\/)vision\/roadmap\.md$/;

/** Where the parts of the book live, below book.toml's `src` folder. */
function folders(book: Book) {
  const vision = `${book.src}/vision`;
  const stories = `${vision}/submitted_stories`;
  return {
    welcome: `${book.src}/welcome.md`,
    charter: `${book.src}/CHARTER.md`,
    vision: `${book.src}/vision.md`,
    feels: `${vision}/how_it_feels.md`,
    summary: `${book.src}/SUMMARY.md`,
    roadmap: `${vision}/roadmap.md`,
    roadmapDir: `${vision}/roadmap`,
    characters: `${vision}/characters`,
    statusQuo: `${stories}/status_quo`,
    shinyFuture: `${stories}/shiny_future`,
  };
}

/**
 * The async working group's mdBook (rust-lang/wg-async), read as it is: the roadmap overview and
 * its pages, the cast of characters, the submitted stories, the tenets, and the group's pages.
 */
export const wgAsyncLayout: Layout = {
  name: "wg-async",
  detect: (paths) => paths.has(BOOK_TOML) && [...paths].some((p) => ROADMAP.test(p)),
  build(context) {
    const book = readBook(context.files.get(BOOK_TOML)?.text, context.report);
    const at = folders(book);
    const links = bookLinks(book, context.paths);
    const docs = new Map<string, MarkdownDocument>();
    for (const [path, file] of context.files)
      if (/\.md$/i.test(path)) docs.set(path, parseMarkdown(path, file.text).document);
    const inside = (dir: string, path: string, direct = false) =>
      path.startsWith(`${dir}/`) && (!direct || !path.slice(dir.length + 1).includes("/"));
    const roster = newRoster();

    const pageFiles = new Set([...docs.keys()].filter((p) => inside(at.roadmapDir, p)));
    const pages = [...pageFiles].map((p) =>
      readRoadmapPage(docs.get(p)!, links, pageFiles, roster),
    );
    const overview = docs.get(at.roadmap);
    const rows = overview
      ? readOverview(overview, definitionsOf(overview), roster, context.report)
      : [];
    const items = buildItems({
      links,
      overviewFile: at.roadmap,
      roadmapDir: at.roadmapDir,
      rows,
      pages,
    });

    const characters = [...docs.values()]
      .filter((d) => inside(at.characters, d.file, true))
      .map((d) => readCharacter(d, d.file));
    const storyFiles: StoryFile[] = [];
    const templates: MarkdownDocument[] = [];
    for (const doc of docs.values()) {
      const kind = inside(at.statusQuo, doc.file)
        ? "status-quo"
        : inside(at.shinyFuture, doc.file)
          ? "shiny-future"
          : undefined;
      if (!kind) continue;
      if (stem(doc.file).toLowerCase() === "template") templates.push(doc);
      else
        storyFiles.push({
          doc,
          kind,
          folder: kind === "status-quo" ? at.statusQuo : at.shinyFuture,
        });
    }
    const stories = buildStories(storyFiles, {
      links,
      characters,
      prompts: templatePrompts(templates),
      report: context.report,
    });
    linkMotivations(items, stories, docs, links);

    const vision = buildVision(docs.get(at.vision), docs.get(at.feels));
    vision.characters = characters;
    vision.stories = stories;

    // how_it_feels.md lends the vision its tenets and stays a page of its own, as in the book;
    // SUMMARY.md is the navigation, and a page too, so `import` keeps it.
    const summary = docs.get(at.summary);
    const modelled = new Set([
      at.roadmap,
      at.vision,
      ...pageFiles,
      ...characters.map((c) => c.file),
      ...stories.map((s) => s.file),
    ]);
    const config = emptyConfig(book.title ?? "wg-async");
    config.group = buildGroup(book, docs.get(at.welcome), docs.get(at.charter), roster);
    config.people = roster.people;
    config.teams = roster.teams;
    const workspace: Workspace = {
      root: context.root,
      layout: "wg-async",
      config: withConfig(config, context.config),
      items,
      periods: [],
      vision,
      pages: [
        ...[...docs.values()].filter((d) => !modelled.has(d.file)).map(toPage),
        ...(overview ? [{ ...toPage(overview), body: overviewProse(overview) }] : []),
      ],
      navigation: summary && readSummary(summary, links),
      documents: [...docs.values()],
      paths: context.paths,
    };
    return workspace;
  },
};

/** A roadmap page that links to a story is motivated by it: the story's `goals` name the item. */
function linkMotivations(
  items: Item[],
  stories: Story[],
  docs: Map<string, MarkdownDocument>,
  links: BookLinks,
): void {
  const byFile = new Map(stories.map((s) => [s.file, s] as const));
  for (const item of items) {
    const doc = item.body ? docs.get(item.file) : undefined;
    if (!doc) continue;
    for (const link of linksIn(doc, definitionsOf(doc), doc.tree)) {
      const path = links(doc.file, link.url)?.path;
      const story = path ? byFile.get(path) : undefined;
      if (story && !story.goals.includes(item.id)) story.goals.push(item.id);
    }
  }
}

function toPage(doc: MarkdownDocument): Page {
  const h1 = firstTitle(doc.tree);
  return { file: doc.file, title: h1 ? plainTitle(h1) : humanize(doc.file), body: doc.text };
}
