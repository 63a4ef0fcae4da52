import { findSection, firstTitle, sections } from "../../markdown/sections.js";
import type { MarkdownDocument, Tenet, Vision } from "../../types.js";
import { plainTitle } from "./names.js";

/**
 * The vision: vision.md gives the title, the "What is this" introduction and the body; the `##`
 * sections of how_it_feels.md ("Consistent: just add async/await") are the tenets. The book has
 * no dated revision schedule, so the schedule stays empty.
 */
export function buildVision(
  page: MarkdownDocument | undefined,
  feels: MarkdownDocument | undefined,
): Vision {
  const all = page ? sections(page, 2) : [];
  const title = page && firstTitle(page.tree);
  return {
    file: page?.file,
    title: title ? plainTitle(title) : "Vision",
    intro: findSection(all, "what is this")?.markdown,
    tenets: feels ? sections(feels, 2).map(toTenet) : [],
    schedule: [],
    characters: [],
    stories: [],
    body: page?.text ?? "",
    span: page ? page.lines.span(page.file, 0, 0) : undefined,
    spans: {},
  };
}

function toTenet(section: { heading: string; markdown: string }): Tenet {
  return { title: section.heading, description: section.markdown || undefined };
}
