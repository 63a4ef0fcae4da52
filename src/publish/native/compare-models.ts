import { isDeepStrictEqual } from "node:util";
import { CONFIG_FILE } from "../../model/layouts/waymark/build-config.js";
import type { Workspace } from "../../model/types.js";
import { editLinks } from "./edit-links.js";
import { linkNames } from "./link-targets.js";

/**
 * A workspace as plain data, without what must differ between layouts: file paths, source
 * spans, the layout's name and the parsed documents. Links that reach a file are named by the
 * path it has once `moves` (source path to new path) are applied, so the links an import
 * rewrites read the same as before. Two models of the same content normalise to equal values,
 * whatever layout they were read from.
 */
export function normalizeWorkspace(ws: Workspace, moves?: ReadonlyMap<string, string>): unknown {
  const { config } = ws;
  const names = linkNames(ws, moves);
  const at = <T>(value: T, file: string | undefined): T =>
    file === undefined ? value : editLinks(value, names(file));
  const vision = ws.vision && at({ ...ws.vision, characters: [], stories: [] }, ws.vision.file);
  return strip({
    config: at(
      {
        group: config.group,
        people: [...config.people.values()].sort(by((p) => p.handle)),
        teams: [...config.teams.values()].sort(by((t) => t.id)),
        periods: config.periods,
        triage: config.triage,
        cadences: config.cadences,
      },
      CONFIG_FILE,
    ),
    items: [...ws.items].sort(by((i) => i.id)).map((i) => at(i, i.file)),
    periods: [...ws.periods].sort(by((p) => p.id)).map((p) => at(p, p.file)),
    vision: ws.vision && {
      ...vision,
      characters: [...ws.vision.characters].sort(by((c) => c.id)).map((c) => at(c, c.file)),
      stories: [...ws.vision.stories].sort(by((s) => s.id)).map((s) => at(s, s.file)),
    },
    pages: ws.pages
      .map(({ file, title, body }) => at({ title, body }, file))
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

/**
 * Every place two models differ after normalising, up to `limit`; empty when they agree. `moves`
 * says where `expected`'s files went in `actual`, for an import that moved them. Shared
 * references and rule settings may be added (an import writes what a layout did implicitly), but
 * none of `expected`'s may be lost.
 */
export function compareModels(
  expected: Workspace,
  actual: Workspace,
  moves?: ReadonlyMap<string, string>,
  limit = 50,
): ModelDifference[] {
  const out: ModelDifference[] = [];
  diff(normalizeWorkspace(expected, moves), normalizeWorkspace(actual), "", out, limit);
  const [was, is] = [linkNames(expected, moves)(CONFIG_FILE), linkNames(actual)(CONFIG_FILE)];
  for (const key of ["references", "rules"] as const)
    for (const [name, value] of expected.config[key] ?? []) {
      const kept = actual.config[key]?.get(name);
      const [a, b] = [strip(editLinks(value, was)), strip(kept && editLinks(kept, is))];
      if (!isDeepStrictEqual(a, b)) diff(a, b, `config.${key}.${name}`, out, limit);
    }
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
