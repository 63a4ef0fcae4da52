import type { Table } from "mdast";
import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { parseState } from "../../markdown/state.js";
import { type Cell, column, readTable } from "../../markdown/tables.js";
import type { MarkdownDocument } from "../../types.js";
import type { OverviewClaim } from "./claims.js";
import { type Definitions, type FoundLink, linksIn } from "./links.js";
import { type Roster, resolvePeople } from "./roster.js";

/** One row of roadmap.md's overview: 🔻 a goal, or `↳` an initiative under the goal above. */
export interface OverviewRow extends OverviewClaim {
  /** 0 for 🔻 goals; 1 for `&nbsp;&nbsp;↳` initiatives, one more per further two spaces. */
  depth: number;
  /** The deliverable's link: a roadmap page, or an initiative's own site. None for "tbd". */
  link?: FoundLink;
  /** Further links in the deliverable cell, such as polish's 🛠️ how-to-help. */
  more: FoundLink[];
}

const MARKERS = /[🔻↳\s\u00a0]+/gu;
const INDENT = /^(?:&nbsp;|&#160;|&#xa0;|[ \u00a0])*/iu;

/** The overview table: the first one headed Deliverable and State. */
export function overviewTable(doc: MarkdownDocument): Table | undefined {
  return doc.tree.children.find((n): n is Table => n.type === "table" && isOverviewHeader(n, doc));
}

/**
 * roadmap.md as a page: its prose (the introduction, the state legend, how milestones work) with
 * the overview table, which the model now holds as goals and initiatives, replaced by a pointer
 * to where Waymark shows it. So neither the site nor `import` loses the prose.
 */
export function overviewProse(doc: MarkdownDocument): string {
  const table = overviewTable(doc);
  const start = table?.position?.start.offset;
  const end = table?.position?.end.offset;
  if (start === undefined || end === undefined) return doc.text;
  return `${doc.text.slice(0, start)}${OVERVIEW_NOTE}${doc.text.slice(end)}`;
}

const OVERVIEW_NOTE =
  "_The overview of goals and initiatives is built from their pages: see the site's Roadmap page, or run `waymark status`._";

/** Finds the overview table (the one headed Deliverable and State) and reads its rows in order. */
export function readOverview(
  doc: MarkdownDocument,
  defs: Definitions,
  roster: Roster,
  report: (d: Diagnostic) => void,
): OverviewRow[] {
  const node = overviewTable(doc);
  if (!node) {
    report({
      ruleId: "missing-overview",
      severity: "warning",
      span: doc.lines.span(doc.file, 0, 0),
      message:
        "Missing overview table, expected a table with Deliverable, State, Progress and Owner columns",
      hint: "Add the overview table that lists each goal (🔻) and its initiatives (↳), or pass `--layout` for another layout.",
    });
    return [];
  }
  const read = readTable(doc, node);
  // "[Owner]" stays bracketed when the page leaves the label undefined.
  const table = { ...read, header: read.header.map((h) => h.replace(/[[\]]/g, "")) };
  const col = {
    title: Math.max(0, column(table, "deliverable")),
    state: column(table, "state", "status"),
    progress: column(table, "progress"),
    owners: column(table, "owner"),
  };
  const rows: OverviewRow[] = [];
  table.rows.forEach((cells, i) => {
    const titleCell = cells[col.title];
    if (!titleCell) return;
    const rowNode = node.children[i + 1]!;
    const links = linksIn(doc, defs, rowNode.children[col.title]!);
    const rowSpan = doc.lines.span(
      doc.file,
      rowNode.position?.start.offset ?? 0,
      rowNode.position?.end.offset ?? 0,
    );
    const at = (index: number) => (index >= 0 ? cells[index] : undefined);
    const state = at(col.state);
    const progress = at(col.progress);
    const owners = at(col.owners);
    const stateText = state?.text ?? "";
    const parsed = parseState(stateText);
    if (!parsed && stateText) report(unknownState(state!));
    rows.push({
      row: i,
      depth: depthOf(titleCell),
      title: links[0]?.text || titleCell.text.replace(MARKERS, " ").trim(),
      state: parsed,
      progress: readBar(progress?.text ?? ""),
      owners: resolvePeople(owners?.text ?? "", defs, roster),
      link: links[0],
      more: links.slice(1),
      span: rowSpan,
      cells: {
        title: titleCell.span,
        state: state?.span ?? rowSpan,
        progress: progress?.span ?? rowSpan,
        owners: owners?.span ?? rowSpan,
      },
    });
  });
  return rows;
}

function isOverviewHeader(node: Table, doc: MarkdownDocument): boolean {
  const header = readTable(doc, { ...node, children: node.children.slice(0, 1) });
  return column(header, "deliverable") >= 0 && column(header, "state", "status") >= 0;
}

/** Nesting from the source, where `&nbsp;` survives: two per level, as the book indents. */
function depthOf(cell: Cell): number {
  if (!cell.text.includes("↳")) return 0;
  const indent = INDENT.exec(cell.source)?.[0] ?? "";
  const spaces = indent.match(/&nbsp;|&#160;|&#xa0;|[ \u00a0]/giu)?.length ?? 0;
  return Math.max(1, Math.round(spaces / 2));
}

/** `▰▰▱▱▱▱` → 2 of 6; undefined when the cell has no bar. */
export function readBar(text: string): { done: number; total: number } | undefined {
  const done = [...text].filter((c) => c === "▰").length;
  const total = done + [...text].filter((c) => c === "▱").length;
  return total ? { done, total } : undefined;
}

function unknownState(cell: Cell): Diagnostic {
  return {
    ruleId: "unknown-state",
    severity: "warning",
    span: cell.span,
    message: `Unexpected state \`${cell.text}\`, expected ✅, 🦀, ✋ or 💤`,
    hint: "Use one of the four state emoji of the roadmap's legend.",
  };
}
