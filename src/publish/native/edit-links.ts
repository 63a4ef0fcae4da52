import { replaceLinkUrls } from "./link-destinations.js";
import type { LinkEdit } from "./link-targets.js";

/** Keys that say where a value came from, not what it says: never edited. */
const PLACE = new Set(["file", "span", "spans"]);

/**
 * A copy of a model value (an item, a page, the config…) with every link in it edited: the links of
 * its Markdown strings (any string with a `]`, which every link syntax needs), spliced by source
 * offset, and its `url` fields (front matter links, sources), which are URLs already. Everything
 * else is copied as it is.
 */
export function editLinks<T>(value: T, edit: LinkEdit, file = "value.md"): T {
  return copy(value, edit, file) as T;
}

function copy(value: unknown, edit: LinkEdit, file: string, key = ""): unknown {
  if (typeof value === "string") {
    if (key === "url") return withPath(value, edit(value)) ?? value;
    if (!value.includes("]")) return value;
    return replaceLinkUrls(file, value, (url, raw) => withPath(raw, edit(url)));
  }
  if (Array.isArray(value)) return value.map((v) => copy(v, edit, file));
  if (value instanceof Map)
    return new Map([...value].map(([k, v]) => [k, copy(v, edit, file, String(k))]));
  if (
    value === null ||
    typeof value !== "object" ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = PLACE.has(k) ? v : copy(v, edit, file, k);
  return out;
}

/** A URL as written with its path part replaced, keeping its query and fragment as written. */
function withPath(written: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const cut = written.search(/[?#]/);
  return cut < 0 ? path : path + written.slice(cut);
}
