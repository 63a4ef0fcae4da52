import { findSection, normalizeHeading, sections } from "../../markdown/sections.js";
import type { MarkdownDocument, Theme } from "../../types.js";
import { handles, isBlank, slug } from "./cells.js";
import { readMetadata } from "./metadata.js";
import type { Outline } from "./outline.js";

/**
 * A `roadmap-*.md` file: one of the period's themes, named by its short title, with its point of
 * contact, its `## Summary` as the narrative (the period's README may tell its own instead) and
 * the file as the theme's page.
 */
export function readRoadmap(doc: MarkdownDocument, tree: Outline, name: string): Theme {
  const table = [...tree.preamble, ...(tree.sections[0]?.tables ?? [])].find(
    (t) => t.kind === "metadata",
  );
  const meta = table ? readMetadata(doc, table.node) : undefined;
  const short = meta?.shortTitle?.value.text.trim();
  const what = meta?.whatAndWhy?.value.text.trim();
  const theme: Theme = {
    id: slug(name.replace(/^roadmap-/i, "")),
    // An empty `#` heading names nothing: the file name does.
    title: short && !isBlank(short) ? short : tree.sections[0]?.title.trim() || name,
  };
  if (what && !isBlank(what)) theme.summary = what;
  const owners = meta?.pointOfContact ? handles(meta.pointOfContact.value.source) : [];
  if (owners.length) theme.owners = owners;
  const summary = findSection(sections(doc, 2), "summary")?.markdown.trim();
  if (summary) theme.narrative = summary;
  theme.file = doc.file;
  return theme;
}

/**
 * Every theme of `themes` a goal names: its own `theme`, then each its `extra.roadmaps` and
 * `extra.flagship` (rust-project-goals' Roadmap and Flagship rows) name, so a goal tagged with
 * several roadmaps joins each.
 */
export function themesNamed(
  item: { theme?: string; extra: Record<string, unknown> },
  themes: readonly Theme[],
): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const named = [...list(item.extra.roadmaps), ...list(item.extra.flagship)];
  const keys = new Set(named.filter((n) => typeof n === "string").map(themeKey));
  const ids = themes
    .filter((t) => keys.has(themeKey(t.title)) || keys.has(themeKey(t.id)))
    .map((t) => t.id);
  return [...new Set([...(item.theme ? [item.theme] : []), ...ids])];
}

/** Themes are named loosely in goal files: compare without case, Markdown or punctuation. */
export function themeKey(text: string): string {
  return normalizeHeading(text.replace(/\]\([^)]*\)/g, "]").replace(/[[\]`*_]/g, ""));
}
