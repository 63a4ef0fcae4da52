import type { Paragraph } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { findSection, firstTitle, type Section, sections } from "../../markdown/sections.js";
import type { Config, Group, Link, MarkdownDocument } from "../../types.js";
import { CONFIG_FILE } from "../waymark/build-config.js";
import { type Book, rebaseLink, rebaseMarkdown } from "./book.js";
import { definitionsOf, linksIn } from "./links.js";
import { plainTitle } from "./names.js";
import { type Roster, resolvePerson } from "./roster.js";

const ZULIP = /^https?:\/\/[\w.-]*zulipchat\.com\//;
const GITHUB_REPO = /^https?:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/;
/** Sections of welcome.md about the book's own licence, whose links are not the group's. */
const LEGAL = /licen[cs]e|contribution/i;

/**
 * The group from the book: its name from book.toml (or welcome.md's H1), its mission from
 * welcome.md's first paragraph, leads from the charter's "Leads:" line, and welcome.md's links.
 */
export function buildGroup(
  book: Book,
  welcome: MarkdownDocument | undefined,
  charter: MarkdownDocument | undefined,
  roster: Roster,
): Group {
  const links = welcome ? welcomeLinks(welcome) : [];
  const chat = links.find((l) => ZULIP.test(l.url));
  const meetings = links.find((l) => /(^|\/)meetings\.md$/.test(l.url));
  const repository = book.repository && GITHUB_REPO.exec(book.repository)?.[1];
  const intro = welcome?.tree.children.find((n): n is Paragraph => n.type === "paragraph");
  const involved = welcome && findSection(sections(welcome, 2), "getting involved");
  return {
    name: book.title || (welcome && plainTitle(firstTitle(welcome.tree) ?? "")) || "wg-async",
    mission: intro ? mdToString(intro).replace(/\s+/g, " ").trim() : undefined,
    leads: [...new Set([charter, welcome].flatMap((doc) => (doc ? leadsOf(doc, roster) : [])))],
    chat,
    meetings,
    repositories: repository ? [repository] : [],
    links: links.filter((l) => l !== chat && l !== meetings),
    checklist: [],
    futureAreas: [],
    involvement: (involved && welcome && involvement(welcome, involved)) || undefined,
  };
}

/** welcome.md's links outside its licence sections, relative ones rebased to the workspace root. */
function welcomeLinks(doc: MarkdownDocument): Link[] {
  const defs = definitionsOf(doc);
  const legal = sections(doc, 2).filter((s) => LEGAL.test(s.heading));
  const inLegal = (offset: number) =>
    legal.some((s) => offset >= s.span.start.offset && offset < s.span.end.offset);
  const out: Link[] = [];
  for (const link of linksIn(doc, defs, doc.tree)) {
    if (inLegal(link.span.start.offset)) continue;
    const url = rebaseLink(doc.file, link.url, CONFIG_FILE);
    if (!out.some((l) => l.url === url)) out.push({ title: link.text || url, url });
  }
  return out;
}

/** The "Getting involved" section, its relative links rebased from welcome.md to the root. */
function involvement(doc: MarkdownDocument, section: Section): string {
  const start = section.node.position?.end.offset ?? 0;
  return rebaseMarkdown(
    doc,
    section.children,
    { start, end: section.span.end.offset },
    CONFIG_FILE,
  );
}

/** The people linked from a paragraph that starts "Leads:". */
function leadsOf(doc: MarkdownDocument, roster: Roster): string[] {
  const defs = definitionsOf(doc);
  const line = doc.tree.children.find(
    (n): n is Paragraph => n.type === "paragraph" && /^leads?\s*:/i.test(mdToString(n)),
  );
  return line ? linksIn(doc, defs, line).map((l) => resolvePerson(l.text, defs, roster)) : [];
}

/**
 * What waymark.yaml adds beside a wg-async book: its people and teams (names for handles), and
 * whatever the book has no place for (triage labels, cadences, periods). Values the file sets win.
 */
export function withConfig(own: Config, given: Config | undefined): Config {
  if (!given) return own;
  const set = Object.fromEntries(
    Object.entries(given.group).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && !v.length),
    ),
  );
  return {
    ...given,
    group: { ...own.group, ...set },
    people: new Map([...own.people, ...given.people]),
    teams: new Map([...own.teams, ...given.teams]),
  };
}
