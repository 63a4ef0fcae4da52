import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import type { Workspace } from "../../model/types.js";
import { type Slate, type SlateRow, slateGoals, slateOf } from "../slate/slate-tables.js";
import {
  deliverableCell,
  ownersCell,
  progressCell,
  slateOwnerCell,
  stateCell,
  statusCell,
} from "./cells.js";
import { findPeriod, knownPeriods } from "./known-periods.js";
import { type Overview, overviewRows } from "./overview.js";
import { type Paint, paintFor } from "./paint.js";
import { phaseLine, phaseStanding } from "./phase-line.js";
import type { StatusRow } from "./status-rows.js";
import { renderTable } from "./text-table.js";

export interface StatusOptions {
  /** Show this period's slate instead of the roadmap overview. */
  period?: string;
  json?: boolean;
  /** ANSI colour; the CLI turns it on only when stdout is a TTY. */
  color?: boolean;
  /** The day whose phase `--period` names (YYYY-MM-DD); none means no phase line. */
  date?: string;
}

export type StatusResult =
  | { ok: true; text: string; rows: StatusRow[] }
  | { ok: false; error: "unknown-period"; period: string; known: string[] };

/** `waymark status`: the model in, the text to print out. Pure. */
export function renderStatus(ws: Workspace, options: StatusOptions = {}): StatusResult {
  const paint = paintFor(options.color ?? false);
  if (options.period !== undefined) {
    const known = findPeriod(ws, options.period);
    if (!known) {
      const ids = knownPeriods(ws).map((p) => p.id);
      return { ok: false, error: "unknown-period", period: options.period, known: ids };
    }
    const slate = slateOf(ws, known);
    const rows = [...slateGoals(slate), ...slate.notAccepted];
    const phase = options.date ? phaseLine(phaseStanding(ws, known.id, options.date), paint) : "";
    return { ok: true, rows, text: options.json ? json(rows) : slateText(slate, paint, phase) };
  }
  const overview = overviewRows(ws);
  const text = options.json ? json(overview.rows) : overviewText(ws, overview, paint);
  return { ok: true, rows: overview.rows, text };
}

function json(rows: StatusRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const OVERVIEW_HEADERS = ["Deliverable", "State", "Progress", "Owners"];
const SLATE_HEADERS = ["Goal", "Status", "Owner", "Teams"];

function overviewText(ws: Workspace, overview: Overview, paint: Paint): string {
  const name = escapeTerminal(ws.config.group.name);
  const title = overview.period
    ? `${name}: ${escapeTerminal(overview.period)} ${paint.dim("(no standing roadmap; showing the latest period)")}`
    : `${name}: roadmap`;
  if (!overview.rows.length)
    return `${paint.title(title)}\n\nNo goals yet. Propose one with \`waymark new goal <title>\`.\n`;
  // A "Progress from" column only where a figure comes from GitHub, so other roadmaps print as before.
  const synced = overview.rows.some((r) => r.progressFrom?.includes(", as of "));
  const table = (rows: StatusRow[]) =>
    renderTable(
      synced ? [...OVERVIEW_HEADERS, "Progress from"] : OVERVIEW_HEADERS,
      rows.map((row) => [
        deliverableCell(row, paint),
        stateCell(row, paint),
        progressCell(row, paint),
        ownersCell(row),
        ...(synced ? [{ text: row.progressFrom ?? "", paint: paint.dim }] : []),
      ]),
      paint,
    );
  // Beside the standing roadmap, each period's goals under their own heading.
  const inPeriods = new Set(overview.periods.flatMap((p) => p.rows));
  const standing = overview.rows.filter((r) => !inPeriods.has(r));
  const periods = overview.periods.map((p) => {
    const name = escapeTerminal(p.title);
    const heading = /\bslate\b/i.test(name) ? name : `${name} goals`;
    const hint = paint.dim(`(waymark status --period ${escapeTerminal(p.id)})`);
    return `\n${paint.header(heading)} ${hint}\n\n${table(p.rows)}`;
  });
  return `${paint.title(title)}\n\n${table(standing)}${periods.join("")}`;
}

function slateText(slate: Slate, paint: Paint, phase: string): string {
  const state = slate.period.state ? ` ${paint.dim(`(${slate.period.state})`)}` : "";
  const period = escapeTerminal(slate.period.title);
  const title = /\bslate\b/i.test(period) ? period : `${period} goal slate`;
  const out = [`${paint.title(title)}${state}\n${phase}`];
  const all = [...slateGoals(slate), ...slate.notAccepted];
  // Progress and Tracking columns only where some goal has them (rust-project-goals), so slates
  // without them print as before.
  const measured = all.some((r) => r.progress);
  const tracked = all.some((r) => r.tracking);
  const headers = [
    ...SLATE_HEADERS,
    ...(measured ? ["Progress"] : []),
    ...(tracked ? ["Tracking"] : []),
  ];
  const table = (rows: SlateRow[]) =>
    rows.length
      ? renderTable(
          headers,
          rows.map((row) => [
            { text: row.title },
            statusCell(row, paint),
            slateOwnerCell(row, paint),
            { text: row.teams.join(", ") },
            ...(measured ? [progressCell(row, paint)] : []),
            ...(tracked ? [{ text: row.tracking ?? "" }] : []),
          ]),
          paint,
        )
      : `${paint.dim("No goals.")}\n`;
  for (const group of slate.groups) {
    const heading = group.theme ? escapeTerminal(group.theme.title) : "The other 90%";
    const summary = group.theme?.summary
      ? `${paint.dim(escapeTerminal(group.theme.summary))}\n`
      : "";
    out.push(`\n${paint.header(heading)}\n${summary}\n${table(group.rows)}`);
  }
  if (slate.notAccepted.length)
    out.push(`\n${paint.header("Not accepted")}\n\n${table(slate.notAccepted)}`);
  const total = slate.counts.reduce((n, c) => n + c.count, 0);
  const counts = slate.counts.map(
    (c) => `${c.count} ${c.status === "none" ? "without status" : c.status}`,
  );
  out.push(
    `\n${total} goal${total === 1 ? "" : "s"}${counts.length ? `: ${counts.join(", ")}` : ""}\n`,
  );
  return out.join("");
}
