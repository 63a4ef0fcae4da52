import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { parseMarkdown } from "../../../load/parse-markdown.js";
import type { FrontMatterDocument } from "../../markdown/document.js";
import { firstTitle } from "../../markdown/sections.js";
import { isCalendarDate } from "../../period-phases.js";
import type { Item, Period, Theme } from "../../types.js";
import { buildPeriod } from "../waymark/build-periods.js";

/** `YYYY` or `YYYYhN` (any case): the folders that hold a period's goals. */
export const PERIOD_FOLDER = /^\d{4}(?:h[12])?$/i;

const BADGE_ACCEPTED = /status[-:\s]*accepted/i;

/**
 * A period from its folder's README. The slate is accepted when the README's badge says so, or
 * when most of its goals are Accepted (see slateAccepted); draft otherwise. Intro and theme
 * narratives come from the README exactly as the native layout reads a period page, so an import
 * writes the README as the page unchanged.
 */
export function readPeriod(
  id: string,
  readme: FrontMatterDocument | undefined,
  themes: Theme[],
  goals: readonly Item[],
  report: (d: Diagnostic) => void,
): Period {
  const doc = readme ?? emptyDocument(id);
  const h1 = firstTitle(doc.document.tree);
  const title = h1?.toLowerCase().includes(id.toLowerCase()) ? h1 : id.toUpperCase();
  const badge = readme !== undefined && isAccepted(readme.document.text);
  const state = badge || slateAccepted(goals) ? "accepted" : "draft";
  const data = {
    id,
    title,
    state,
    ...datesOf(id),
    ...(readme ? rfcPhase(readme.document.text) : {}),
    themes: themes.map(({ id, title, summary, owners }) => ({ id, title, summary, owners })),
  };
  // Themes come from other files and may still fail the schema (reported): keep the period, which
  // the goals need, without them. The rest is from the folder name, so it always passes.
  const period =
    buildPeriod({ ...doc, data, spans: {} }, report) ??
    buildPeriod({ ...doc, data: { ...data, themes: [] }, spans: {} }, report)!;
  // A roadmap's own page and Summary stand in where the README tells nothing of it.
  period.themes = period.themes.map((t) => {
    const own = themes.find((o) => o.id === t.id);
    return { ...t, narrative: t.narrative ?? own?.narrative, file: own?.file };
  });
  return readme ? period : { ...period, file: undefined };
}

/**
 * A goal's Status becomes Accepted when the teams accept the slate's RFC (goal-format.md), so a
 * slate most of whose goals are Accepted has been accepted, badge or not: 2026's README (the RFC
 * text) has none, and 73 of its 76 goals are Accepted. The few Proposed ones are additions during
 * the year, which an accepted slate takes in ("new goals may be added over the course of the
 * year"). Only top goals count; subgoals share their goal's status.
 */
function slateAccepted(goals: readonly Item[]): boolean {
  const top = goals.filter((g) => g.kind === "goal" && !g.parent);
  const accepted = top.filter((g) => g.status === "accepted").length;
  return top.length > 0 && accepted * 2 > top.length;
}

function isAccepted(text: string): boolean {
  return [...text.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)].some(
    ([, alt, url]) => BADGE_ACCEPTED.test(alt!) || BADGE_ACCEPTED.test(url!.replace(/%20/g, " ")),
  );
}

/**
 * The slate's RFC opens on the README's RFC header date (`- Start Date: 2026-02-23`, as 2026's
 * README, which is the RFC text, has it). The other phases are not dated in the book; waymark.yaml
 * (`--config`) can add them under `periods:`.
 */
function rfcPhase(text: string): { phases?: { rfc: string } } {
  const date = /^[-*]\s+Start Date:\s*(\d{4}-\d{2}-\d{2})\s*$/im.exec(text)?.[1];
  return date && isCalendarDate(date) ? { phases: { rfc: date } } : {};
}

/** A half ends where the calendar says; a year runs January to December. */
function datesOf(id: string): { start: string; end: string } {
  const year = id.slice(0, 4);
  const half = id.slice(4).toLowerCase();
  if (half === "h1") return { start: `${year}-01-01`, end: `${year}-06-30` };
  if (half === "h2") return { start: `${year}-07-01`, end: `${year}-12-31` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function emptyDocument(id: string): FrontMatterDocument {
  const parsed = parseMarkdown(`${id}/README.md`, "");
  return {
    ...parsed,
    data: {},
    spans: {},
    head: parsed.document.lines.span(`${id}/README.md`, 0, 0),
  };
}
