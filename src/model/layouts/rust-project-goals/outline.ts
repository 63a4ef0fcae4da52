import type { Heading, RootContent, Table } from "mdast";
import { headingText } from "../../markdown/sections.js";
import { type ParsedTable, readTable } from "../../markdown/tables.js";
import type { MarkdownDocument } from "../../types.js";

export type TableKind = "metadata" | "tasks" | "support" | "other";

export interface OutlineTable {
  kind: TableKind;
  node: Table;
  table: ParsedTable;
}

/** A heading and everything up to the next heading of the same or a higher level. */
export interface OutlineSection {
  title: string;
  depth: number;
  heading: Heading;
  parent?: OutlineSection;
  /** Offsets of the section in the file: from the heading to the section's end. */
  start: number;
  end: number;
  /** Tables directly in this section, before any deeper heading. */
  tables: OutlineTable[];
}

export interface Outline {
  sections: OutlineSection[];
  /** Tables before the first heading. */
  preamble: OutlineTable[];
}

/** Builds the heading tree of a document's top level and files each table under its section. */
export function outline(doc: MarkdownDocument): Outline {
  const sections: OutlineSection[] = [];
  const preamble: OutlineTable[] = [];
  const stack: OutlineSection[] = [];
  for (const node of doc.tree.children) {
    if (node.type === "heading") {
      while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
      const section: OutlineSection = {
        title: headingText(node),
        depth: node.depth,
        heading: node,
        parent: stack.at(-1),
        start: startOf(node),
        end: doc.text.length,
        tables: [],
      };
      sections.push(section);
      stack.push(section);
    } else if (node.type === "table") {
      const table = readTable(doc, node);
      const entry = { kind: tableKind(table), node, table };
      const owner = stack.at(-1);
      if (owner) owner.tables.push(entry);
      else preamble.push(entry);
    }
  }
  // A section ends where the next heading of its level or a higher one starts.
  sections.forEach((section, i) => {
    const next = sections.slice(i + 1).find((s) => s.depth <= section.depth);
    if (next) section.end = next.start;
  });
  return { sections, preamble };
}

function tableKind(parsed: ParsedTable): TableKind {
  const header = parsed.header.map((h) => h.toLowerCase().trim());
  if (header[0] === "metadata") return "metadata";
  if (header[0] === "task" && header[1]?.startsWith("owner")) return "tasks";
  if (header[0] === "team" && header[1]?.startsWith("support")) return "support";
  return "other";
}

function startOf(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

/** The section's title and its ancestors', innermost first. */
export function ancestors(section: OutlineSection): OutlineSection[] {
  const out: OutlineSection[] = [];
  for (let s = section.parent; s; s = s.parent) out.push(s);
  return out;
}
