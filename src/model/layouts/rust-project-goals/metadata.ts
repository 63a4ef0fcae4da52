import type { Table } from "mdast";
import { type Cell, readTable } from "../../markdown/tables.js";
import type { MarkdownDocument } from "../../types.js";
import { teamId } from "./cells.js";

/** One `| key | value |` row of a `| Metadata | |` table. */
export interface MetadataRow {
  key: string;
  keyCell: Cell;
  value: Cell;
}

/** The rows goal-format.md documents, by role; anything else is kept in `other`. */
export interface Metadata {
  rows: MetadataRow[];
  pointOfContact?: MetadataRow;
  status?: MetadataRow;
  tracking?: MetadataRow;
  shortTitle?: MetadataRow;
  whatAndWhy?: MetadataRow;
  timespan?: MetadataRow;
  zulip?: MetadataRow;
  fundingContact?: MetadataRow;
  otherTracking?: MetadataRow;
  /** `[lang] champion | @someone`, by team id. */
  champions: Map<string, MetadataRow>;
  /** Repeatable rows, in order. */
  flagship: MetadataRow[];
  roadmaps: MetadataRow[];
  highlights: MetadataRow[];
  needs: MetadataRow[];
  /** Rows this layout has no role for (auto-injected Teams, Stabilization, …). */
  other: MetadataRow[];
  /**
   * Link definitions written right under the table with no blank line between: GFM reads them
   * as one-cell rows of the table, but they still define their labels for the value cells.
   */
  definitions: Map<string, string>;
}

/** True for the header of a metadata table: `| Metadata | |`. */
export function isMetadataTable(doc: MarkdownDocument, table: Table): boolean {
  const header = readTable(doc, table).header;
  return header[0]?.trim().toLowerCase() === "metadata";
}

type SingleKey =
  | "pointOfContact"
  | "status"
  | "tracking"
  | "shortTitle"
  | "whatAndWhy"
  | "timespan"
  | "zulip"
  | "fundingContact"
  | "otherTracking";
type RepeatedKey = "flagship" | "roadmaps" | "highlights" | "needs";

const SINGLE: [SingleKey, RegExp][] = [
  ["pointOfContact", /^(point of contact|poc|owner\(s\)|owners?)$/],
  ["status", /^status$/],
  ["tracking", /^tracking issues?$/],
  ["shortTitle", /^short title$/],
  ["whatAndWhy", /^what and why$/],
  ["timespan", /^timespan$/],
  ["zulip", /^zulip( channel| stream)?$/],
  ["fundingContact", /^funding contact$/],
  ["otherTracking", /^(other tracking issues?|see also)$/],
];

const REPEATED: [RepeatedKey, RegExp][] = [
  ["flagship", /^flagship$/],
  ["roadmaps", /^roadmaps?$/],
  ["highlights", /^highlights?$/],
  ["needs", /^needs$/],
];

const CHAMPION = /^\[?([\w-]+)\]?\s+champion$/;
const SWALLOWED_DEFINITION = /^\[([^\]]+)\]:\s*(\S+)/;

export function readMetadata(doc: MarkdownDocument, table: Table): Metadata {
  const parsed = readTable(doc, table);
  const meta: Metadata = {
    rows: [],
    champions: new Map(),
    flagship: [],
    roadmaps: [],
    highlights: [],
    needs: [],
    other: [],
    definitions: new Map(),
  };
  for (const cells of parsed.rows) {
    const keyCell = cells[0];
    if (!keyCell?.source) continue;
    const value = cells[1] ?? { text: "", source: "", span: keyCell.span };
    const definition = keyCell.source.match(SWALLOWED_DEFINITION);
    if (definition && !value.source) {
      meta.definitions.set(definition[1]!.toLowerCase(), definition[2]!);
      continue;
    }
    const row: MetadataRow = { key: keyCell.source, keyCell, value };
    meta.rows.push(row);
    const key = normalizeKey(keyCell.source);
    const single = SINGLE.find(([, pattern]) => pattern.test(key));
    const repeated = REPEATED.find(([, pattern]) => pattern.test(key));
    const champion = key.match(CHAMPION);
    if (single && !meta[single[0]]) meta[single[0]] = row;
    else if (repeated) meta[repeated[0]].push(row);
    else if (champion && !meta.champions.has(teamId(champion[1]!)))
      meta.champions.set(teamId(champion[1]!), row);
    else meta.other.push(row);
  }
  return meta;
}

function normalizeKey(source: string): string {
  return source
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
