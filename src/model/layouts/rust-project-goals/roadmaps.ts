import { normalizeHeading } from "../../markdown/sections.js";
import type { MarkdownDocument, Theme } from "../../types.js";
import { isBlank, slug } from "./cells.js";
import { readMetadata } from "./metadata.js";
import type { Outline } from "./outline.js";

/** A `roadmap-*.md` file: one of the period's themes, named by its short title. */
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
  return theme;
}

/** Themes are named loosely in goal files: compare without case, Markdown or punctuation. */
export function themeKey(text: string): string {
  return normalizeHeading(text.replace(/\]\([^)]*\)/g, "]").replace(/[[\]`*_]/g, ""));
}
