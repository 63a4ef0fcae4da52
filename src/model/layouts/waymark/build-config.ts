import { type Diagnostic, fileSpan, type Span } from "../../../diagnostics/diagnostic.js";
import { LineIndex } from "../../../diagnostics/line-index.js";
import { memoParse } from "../../../load/parse-markdown.js";
import { parseYaml } from "../../../load/parse-yaml.js";
import { parseEvery, parseMeetingDay } from "../../cadence/cadence-rule.js";
import { phaseOrderDiagnostics } from "../../period-phases-order.js";
import { type ConfigInput, configSchema } from "../../schemas.js";
import type { Cadence, Config, FocusLimit, Link, Person, Team } from "../../types.js";
import { updateEveryDays } from "../../update-every.js";
import { DEFAULT_UPDATE_MARKER } from "../../update-marker.js";
import { validate } from "../../validate.js";

export const CONFIG_FILE = "waymark.yaml";

/** A config with nothing in it, for layouts that have no waymark.yaml. */
export function emptyConfig(name: string, file = CONFIG_FILE): Config {
  return {
    file,
    group: { name, leads: [], repositories: [], links: [], checklist: [], futureAreas: [] },
    people: new Map(),
    teams: new Map(),
    periods: [],
    cadences: [],
    spans: {},
  };
}

/** Parses and validates waymark.yaml text into the model's Config. */
export function buildConfig(
  file: string,
  text: string,
  report: (d: Diagnostic) => void,
): Config | undefined {
  if (!text.trim()) {
    report({
      ruleId: "empty-file",
      severity: "error",
      span: fileSpan(file),
      message: "Unexpected empty configuration, expected at least `group: { name: … }`",
      hint: "Run `waymark init` to create a starting configuration.",
    });
    return undefined;
  }
  // A rebuild in the same process (serve) reuses the parse of unchanged text, as for Markdown.
  const yaml = memoParse("config", file, text, () => parseYaml(file, text, 0, new LineIndex(text)));
  yaml.diagnostics.forEach(report);
  if (yaml.value === undefined) return undefined;
  const { data, diagnostics } = validate(configSchema, yaml.value, yaml.spans, fileSpan(file));
  diagnostics.forEach(report);
  if (!data) return undefined;
  for (const [i, p] of (data.periods ?? []).entries())
    for (const d of phaseOrderDiagnostics(
      p.phases,
      yaml.spans,
      `periods.${i}.phases`,
      fileSpan(file),
    ))
      report(d);
  return toConfig(file, data, yaml.spans);
}

function toConfig(file: string, input: ConfigInput, spans: Config["spans"]): Config {
  const at = (path: string) => spans[path] ?? fileSpan(file);
  const g = input.group;
  const people = new Map<string, Person>();
  for (const [handle, p] of Object.entries(input.people ?? {})) {
    people.set(handle, {
      handle,
      name: p?.name,
      url: p?.url ?? `https://github.com/${handle}`,
      span: at(`people.${handle}#key`),
    });
  }
  const teams = new Map<string, Team>();
  for (const [id, t] of Object.entries(input.teams ?? {})) {
    teams.set(id, {
      id,
      name: t?.name,
      url: t?.url,
      ...(t?.asks ? { asks: t.asks } : {}),
      span: at(`teams.${id}#key`),
    });
  }
  const triage = input.triage && {
    repositories: input.triage.repositories,
    areaLabel: input.triage["area-label"],
    labels: {
      focus: input.triage.labels.focus,
      onDeck: input.triage.labels["on-deck"],
      other: input.triage.labels.other,
    },
    focusLimit: toLimit(input.triage["focus-limit"]),
    onDeckLimit: input.triage["on-deck-limit"] ?? 25,
    agenda: input.triage.agenda ?? [],
    stallDays: input.triage["stall-days"],
  };
  return {
    file,
    layout: input.layout,
    group: {
      name: g.name,
      mission: g.mission,
      status: g.status,
      leads: g.leads ?? [],
      focus: g.focus,
      chat: g.chat,
      meetings: g.meetings,
      videos: g.videos,
      repositories: g.repositories ?? [],
      links: g.links ?? [],
      checklist: g.checklist ?? [],
      futureAreas: g["future-areas"] ?? [],
      involvement: g.involvement,
    },
    people,
    teams,
    periods: (input.periods ?? []).map((p, i) => ({ ...p, span: at(`periods.${i}`) })),
    triage,
    cadences: Object.entries(input.cadences ?? {}).map(([id, c]) => toCadence(id, c)),
    references:
      input.references &&
      keyed(input.references, "references", at, (url, span, label) => ({ label, url, span })),
    rules: input.rules && keyed(input.rules, "rules", at, (level, span) => ({ level, span })),
    github: input.github && {
      api: input.github.api,
      issues: input.github.issues && {
        repository: input.github.issues.repository,
        labels: input.github.issues.labels ?? [],
        milestone: input.github.issues.milestone,
      },
    },
    updates: input.updates && {
      everyDays:
        input.updates.every === undefined ? undefined : updateEveryDays(input.updates.every),
      marker: input.updates.marker ?? DEFAULT_UPDATE_MARKER,
    },
    spans,
  };
}

/** A YAML map as a Map of model values, each positioned at its key. */
function keyed<V, T>(
  record: Record<string, V>,
  field: string,
  at: (path: string) => Span,
  make: (value: V, span: Span, key: string) => T,
): Map<string, T> {
  return new Map(
    Object.entries(record).map(([key, value]) => [
      key,
      make(value, at(`${field}.${key}#key`), key),
    ]),
  );
}

function toLimit(limit: NonNullable<ConfigInput["triage"]>["focus-limit"]): FocusLimit {
  if (limit === undefined) return { min: 3, max: 5 };
  if (typeof limit === "number") return { min: 0, max: limit };
  if (typeof limit === "string") {
    const [min, max] = limit.split(/\s*(?:-|to)\s*/).map(Number);
    return { min: min ?? 0, max: max ?? min ?? 0 };
  }
  return limit;
}

/** A monthly rotation's nominal length, for readers that count days (an update's cadence). */
const MONTH_DAYS = 30;

function toCadence(id: string, c: NonNullable<ConfigInput["cadences"]>[string]): Cadence {
  const where: Link | undefined =
    typeof c.where === "string" ? { title: c.where, url: c.where } : c.where;
  // The schema has checked both; a value it let through parses.
  const every = parseEvery(c.every) ?? { days: 7 };
  const on = (c.on === undefined ? [] : Array.isArray(c.on) ? c.on : [c.on])
    .map(parseMeetingDay)
    .filter((d) => d !== undefined);
  return {
    id,
    title: c.title ?? id,
    everyDays: "days" in every ? every.days : MONTH_DAYS,
    ...("months" in every ? { monthly: true } : {}),
    ...(on.length ? { on } : {}),
    anchor: c.anchor,
    time: c.time,
    timezone: c.timezone,
    durationMinutes: c.duration,
    where,
    agenda: c.agenda ?? [],
  };
}
