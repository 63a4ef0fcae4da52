import { meetingDayText } from "../../model/cadence/cadence-rule.js";
import type { Cadence, Config, FocusLimit } from "../../model/types.js";
import { updateEveryValue } from "../../model/update-every.js";
import { DEFAULT_UPDATE_MARKER } from "../../model/update-marker.js";
import { yamlText } from "./front-matter.js";

/**
 * waymark.yaml from a model's config: the group, then people and teams with only what is not
 * the default (a person's GitHub profile is), periods, triage, cadences, shared references and
 * rule settings, with `comments` above the top-level keys they name. No `layout:`: the workspace
 * written is native.
 */
export function configFile(config: Config, comments: Record<string, string> = {}): string {
  const g = config.group;
  const people = Object.fromEntries(
    sorted(config.people.values(), (p) => p.handle).map((p) => {
      const url = p.url === `https://github.com/${p.handle}` ? undefined : p.url;
      return [p.handle, p.name || url ? { name: p.name, url } : null];
    }),
  );
  const teams = Object.fromEntries(
    sorted(config.teams.values(), (t) => t.id).map((t) => [
      t.id,
      t.name || t.url || t.asks ? { name: t.name, url: t.url, asks: t.asks } : null,
    ]),
  );
  const t = config.triage;
  return yamlText(
    omitEmpty({
      group: omitEmpty({
        name: g.name,
        mission: g.mission,
        status: g.status,
        leads: g.leads,
        focus: g.focus,
        chat: g.chat,
        meetings: g.meetings,
        videos: g.videos,
        repositories: g.repositories,
        links: g.links,
        checklist: g.checklist,
        "future-areas": g.futureAreas,
        involvement: g.involvement,
      }),
      people,
      teams,
      periods: config.periods.map(({ id, title, start, end }) => ({ id, title, start, end })),
      triage: t && {
        repositories: t.repositories,
        "area-label": t.areaLabel,
        labels: { focus: t.labels.focus, "on-deck": t.labels.onDeck, other: t.labels.other },
        "focus-limit": limitValue(t.focusLimit),
        "on-deck-limit": t.onDeckLimit,
        agenda: t.agenda.length ? t.agenda : undefined,
        "stall-days": t.stallDays,
      },
      cadences: Object.fromEntries(config.cadences.map((c) => [c.id, cadenceValue(c)])),
      references: Object.fromEntries(
        sorted(config.references?.values() ?? [], (r) => r.label).map((r) => [r.label, r.url]),
      ),
      rules: Object.fromEntries([...(config.rules ?? [])].map(([id, s]) => [id, s.level])),
      updates: config.updates && {
        every: config.updates.everyDays && updateEveryValue(config.updates.everyDays),
        marker: config.updates.marker === DEFAULT_UPDATE_MARKER ? undefined : config.updates.marker,
      },
    }),
    comments,
  );
}

function limitValue(limit: FocusLimit): FocusLimit | number {
  return limit.min === 0 ? limit.max : limit;
}

const EVERY: Record<number, string> = { 7: "week", 14: "2 weeks" };

function cadenceValue(c: Cadence): Record<string, unknown> {
  const where = c.where && (c.where.title === c.where.url ? c.where.url : c.where);
  return {
    title: c.title === c.id ? undefined : c.title,
    every: c.monthly ? "month" : (EVERY[c.everyDays] ?? c.everyDays),
    on: c.on && (c.on.length === 1 ? meetingDayText(c.on[0]!) : c.on.map(meetingDayText)),
    anchor: c.anchor,
    time: c.time,
    timezone: c.timezone,
    duration: c.durationMinutes,
    where,
    agenda: c.agenda.length ? c.agenda : undefined,
  };
}

/** Drops empty lists and maps, and unset values, so the file says only what is there. */
function omitEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => {
      if (v === undefined || v === null) return false;
      if (Array.isArray(v)) return v.length > 0;
      if (typeof v === "object") return Object.keys(v).length > 0;
      return true;
    }),
  );
}

/** People and teams in alphabetical order, ignoring case, so the file is easy to scan. */
function sorted<T>(values: Iterable<T>, key: (t: T) => string): T[] {
  return [...values].sort((a, b) => key(a).localeCompare(key(b), "en", { sensitivity: "base" }));
}
