import type { Span } from "../../../diagnostics/diagnostic.js";
import { walkItems } from "../../../model/finalize.js";
import type { Item, Workspace } from "../../../model/types.js";
import { freePages } from "../site-index.js";
import { sitePaths } from "../site-paths.js";
import { JSON_SCHEMA_VERSION, type WaymarkJson } from "./model-schema.js";

export const GENERATOR = "waymark";

const at = (span: Span) => `${span.file}:${span.start.line}:${span.start.column}`;
/** Site paths in the JSON are relative to the site root, so they hold under any base URL. */
const rel = (path: string) => path.replace(/^\//, "");

/**
 * The whole model as plain JSON: maps become arrays, positions become `file:line:col` strings,
 * and parse trees, absolute paths and per-field positions are left out. Deterministic: the same
 * model gives the same text.
 */
export function toWaymarkJson(ws: Workspace): WaymarkJson {
  const { config } = ws;
  const ordered = walkItems(ws).map((w) => w.item);
  const reached = new Set(ordered);
  for (const item of ws.items) if (!reached.has(item)) ordered.push(item);
  const vision = ws.vision;
  return {
    $schema: "./waymark.schema.json",
    schemaVersion: JSON_SCHEMA_VERSION,
    generator: GENERATOR,
    layout: ws.layout,
    config: {
      file: config.file,
      layout: config.layout,
      group: config.group,
      people: [...config.people.values()].map(({ span, ...p }) => ({ ...p, location: at(span) })),
      teams: [...config.teams.values()].map(({ span, ...t }) => ({ ...t, location: at(span) })),
      periods: config.periods.map(({ span, ...p }) => ({ ...p, location: at(span) })),
      triage: config.triage,
      cadences: config.cadences,
    },
    items: ordered.map(itemJson),
    periods: ws.periods.map(({ span, spans: _, ...p }) => ({
      ...p,
      location: at(span),
      page: rel(sitePaths.period(p.id)),
    })),
    vision: vision && {
      file: vision.file,
      title: vision.title,
      intro: vision.intro,
      tenets: vision.tenets,
      schedule: vision.schedule,
      characters: vision.characters.map(({ span, spans: _, ...c }) => ({
        ...c,
        location: at(span),
        page: rel(sitePaths.character(c.id)),
      })),
      stories: vision.stories.map(({ span, spans: _, ...s }) => ({
        ...s,
        location: at(span),
        page: rel(sitePaths.story(s.id)),
      })),
      body: vision.body,
      location: vision.span && at(vision.span),
      page: rel(sitePaths.vision),
    },
    pages: freePages(ws).map((p) => ({ ...p, page: rel(sitePaths.page(p.file)) })),
  };
}

function itemJson(item: Item): WaymarkJson["items"][number] {
  const { span, spans: _, asks, milestones, tracking, ...rest } = item;
  return {
    ...rest,
    asks: asks.map(({ span: s, ...a }) => ({ ...a, location: at(s) })),
    milestones: milestones.map(({ span: s, ...m }) => ({ ...m, location: at(s) })),
    tracking: tracking && {
      ...tracking,
      url: `https://github.com/${tracking.owner}/${tracking.repo}/issues/${tracking.number}`,
    },
    location: at(span),
    page: rel(sitePaths.item(item.id)),
  };
}

/** waymark.json's text: two-space JSON, undefined fields dropped, and a final newline. */
export function serializeWaymarkJson(json: WaymarkJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
