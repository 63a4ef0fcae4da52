import type { Workspace } from "../../model/types.js";
import { placeholderExpander } from "../../render/slate/expand-placeholders.js";

/**
 * The workspace an import writes: rust-project-goals' `(((…)))` placeholders, which only its
 * book (and Waymark's site) fill in, replaced in pages and period pages by their native
 * equivalent, the Markdown tables and lists the site shows there, computed from the model as of
 * the import, their links naming the goal files (moved with them by the import). A placeholder
 * Waymark cannot fill in becomes a visible note naming it. Other layouts come back as they are.
 */
export function withNativePlaceholders(ws: Workspace): Workspace {
  if (ws.layout !== "rust-project-goals") return ws;
  const expand = placeholderExpander(ws);
  // Intro, the other 90% and narratives are read trimmed: a table at their end stays so.
  const text = (file: string | undefined, body: string | undefined) => {
    if (!file || body === undefined) return body;
    const out = expand(file, body);
    return body === body.trim() ? out.trim() : out;
  };
  return {
    ...ws,
    pages: ws.pages.map((p) => ({ ...p, body: expand(p.file, p.body) })),
    periods: ws.periods.map((p) => ({
      ...p,
      body: text(p.file, p.body) ?? p.body,
      intro: text(p.file, p.intro),
      other: text(p.file, p.other),
      themes: p.themes.map((t) => ({ ...t, narrative: text(t.file ?? p.file, t.narrative) })),
    })),
  };
}
