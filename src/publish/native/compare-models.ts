import { isDeepStrictEqual } from "node:util";
import type { Workspace } from "../../model/types.js";

/**
 * A workspace as plain data, without what must differ between layouts: file paths, source
 * spans, the layout's name and the parsed documents. Two models of the same content normalise
 * to equal values, whatever layout they were read from.
 */
export function normalizeWorkspace(ws: Workspace): unknown {
  const { config } = ws;
  return strip({
    config: {
      group: config.group,
      people: [...config.people.values()].sort(by((p) => p.handle)),
      teams: [...config.teams.values()].sort(by((t) => t.id)),
      periods: config.periods,
      triage: config.triage,
      cadences: config.cadences,
    },
    items: [...ws.items].sort(by((i) => i.id)),
    periods: [...ws.periods].sort(by((p) => p.id)),
    vision: ws.vision && {
      ...ws.vision,
      characters: [...ws.vision.characters].sort(by((c) => c.id)),
      stories: [...ws.vision.stories].sort(by((s) => s.id)),
    },
    pages: ws.pages
      .map(({ title, body }) => ({ title, body }))
      .sort(by((p) => `${p.title}\n${p.body}`)),
  });
}

/** Keys that say where a value came from, not what it is. */
const PLACE = new Set(["file", "span", "spans"]);

/** True when two values agree once where they came from is set aside. */
export function sameContent(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(strip(a), strip(b));
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (PLACE.has(key) || v === undefined) continue;
    out[key] = strip(v);
  }
  return out;
}

function by<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export interface ModelDifference {
  /** Where the models differ, as a dotted path into the normalised model: `items.3.milestones`. */
  path: string;
  expected: unknown;
  actual: unknown;
}

/** Every place two models differ after normalising, up to `limit`; empty when they agree. */
export function compareModels(
  expected: Workspace,
  actual: Workspace,
  limit = 50,
): ModelDifference[] {
  const out: ModelDifference[] = [];
  diff(normalizeWorkspace(expected), normalizeWorkspace(actual), "", out, limit);
  return out;
}

function diff(a: unknown, b: unknown, path: string, out: ModelDifference[], limit: number): void {
  if (out.length >= limit || Object.is(a, b)) return;
  const bothObjects = a !== null && b !== null && typeof a === "object" && typeof b === "object";
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) {
    out.push({ path: path || "(root)", expected: a, actual: b });
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const at = (o: object, k: string) => (o as Record<string, unknown>)[k];
  for (const key of keys) {
    const [x, y] = [at(a, key), at(b, key)];
    diff(x, y, `${path}${label(key, x, y, Array.isArray(a))}`.replace(/^\./, ""), out, limit);
  }
}

/** `.title`, or `[id]` for an element of a list of things with ids, or `.3`. */
function label(key: string, x: unknown, y: unknown, inList: boolean): string {
  const id = (v: unknown) => (v && typeof v === "object" ? (v as { id?: unknown }).id : undefined);
  if (inList && typeof id(x) === "string" && (y === undefined || id(x) === id(y)))
    return `[${id(x)}]`;
  return `.${key}`;
}
