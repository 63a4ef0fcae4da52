import type { Definition } from "mdast";
import { normalizeHeading, type Section } from "../../markdown/sections.js";
import { type ParsedTable, readTable } from "../../markdown/tables.js";
import type { Link, MarkdownDocument } from "../../types.js";
import { type Definitions, handles, isBlank } from "./cells.js";
import type { Metadata, MetadataRow } from "./metadata.js";

/**
 * Item.extra for rust-project-goals: every metadata row without a core field, so an import loses
 * nothing. Keys are kebab-case, as in the native front matter; values are the cells as written.
 */
export function metadataExtra(meta: Metadata): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const put = (key: string, row: MetadataRow | undefined) => {
    if (row && !isBlank(row.value.source)) extra[key] = row.value.source;
  };
  const list = (key: string, rows: MetadataRow[]) => {
    const values = rows.map((r) => r.value.source).filter((v) => !isBlank(v));
    if (values.length) extra[key] = values;
  };
  put("what-and-why", meta.whatAndWhy);
  put("timespan", meta.timespan);
  put("zulip", meta.zulip);
  put("funding-contact", meta.fundingContact);
  put("other-tracking-issues", meta.otherTracking);
  list("flagship", meta.flagship);
  list("roadmaps", meta.roadmaps);
  list("highlights", meta.highlights);
  list("needs", meta.needs);
  if (meta.champions.size) {
    extra.champions = Object.fromEntries(
      [...meta.champions].map(([team, row]) => [
        team,
        handles(row.value.source)[0] ?? row.value.source,
      ]),
    );
  }
  if (meta.other.length) {
    // A Map, then fromEntries: a row named `toString` or `__proto__` is a key like any other,
    // never a lookup into Object.prototype (which once crashed import).
    const other = new Map<string, string | string[]>();
    for (const row of meta.other) {
      const had = other.get(row.key);
      other.set(
        row.key,
        had === undefined
          ? row.value.source
          : [...(Array.isArray(had) ? had : [had]), row.value.source],
      );
    }
    extra.metadata = Object.fromEntries(other);
  }
  return extra;
}

/** A `## Funding` table as records keyed by its headers: purpose, cost, funded, sponsor. */
export function fundingRows(doc: MarkdownDocument, section: Section): Record<string, string>[] {
  const node = section.children.find((n) => n.type === "table");
  if (node?.type !== "table") return [];
  return tableRecords(readTable(doc, node));
}

function tableRecords(table: ParsedTable): Record<string, string>[] {
  const keys = table.header.map((h) =>
    normalizeHeading(h.replace(/\(s\)/gi, "")).replace(/\s+/g, "-"),
  );
  return table.rows.map((row) => {
    const record: Record<string, string> = {};
    row.forEach((cell, i) => {
      if (cell.source && keys[i]) record[keys[i]!] = cell.source;
    });
    return record;
  });
}

const INLINE_LINK = /\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g;
const REFERENCE = /\[([^\]]+)\](?:\[([^\]]*)\])?(?!\()/g;

export function definitionsOf(doc: MarkdownDocument): Definitions {
  const definitions: Definitions = new Map();
  for (const node of doc.tree.children)
    if (node.type === "definition") definitions.set((node as Definition).identifier, node.url);
  return definitions;
}

/** The links a cell makes, with reference labels resolved against the file's definitions. */
export function cellLinks(source: string, definitions: Definitions): Link[] {
  const links: Link[] = [...source.matchAll(INLINE_LINK)].map((m) => ({
    title: m[1]!,
    url: m[2]!,
  }));
  for (const m of source.replace(INLINE_LINK, "").matchAll(REFERENCE)) {
    const label = (m[2] || m[1]!).toLowerCase();
    const url = definitions.get(label);
    if (url) links.push({ title: m[1]!, url });
  }
  return links;
}
