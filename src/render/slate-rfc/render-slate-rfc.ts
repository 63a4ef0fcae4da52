import { partsOf } from "../../model/item-parts.js";
import type { Item, Workspace } from "../../model/types.js";
import { type Slate, type SlateRow, slateGoals, slateOf } from "../slate/slate-tables.js";
import type { TeamAskTable } from "../slate/team-ask-tables.js";
import { OWNER_NEEDED } from "../status/cells.js";
import type { KnownPeriod } from "../status/known-periods.js";
import { cellText, markdownTable } from "./markdown-table.js";

export interface RfcOptions {
  /** Only what this team is asked to decide on. */
  team?: string;
}

const GOAL_HEADERS = ["Goal", "Point of contact", "Teams", "Status"];

/**
 * The RFC text of a period's slate, as Markdown: a summary, the flagship themes with their
 * narratives and goals, the other goals, the goals not accepted, what each team is asked (with
 * totals) and the champions. The tables come from the same rows as the site's slate page
 * (src/render/slate/), so the RFC and the page cannot disagree. With `team`, the part that one
 * team decides on: its asks, the goals behind them and their champions. Pure.
 */
export function renderSlateRfc(
  ws: Workspace,
  known: KnownPeriod,
  options: RfcOptions = {},
): string {
  const slate = slateOf(ws, known);
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const names = new Map([...ws.config.teams.values()].map((t) => [t.id, t.name ?? t.id] as const));
  const teamName = (id: string) => names.get(id) ?? id;
  const ctx: Context = { ws, slate, byId, teamName };
  const parts = options.team ? teamPart(ctx, options.team) : wholeSlate(ctx);
  return `${parts.filter((p) => p !== "").join("\n\n")}\n`;
}

interface Context {
  ws: Workspace;
  slate: Slate;
  byId: ReadonlyMap<string, Item>;
  teamName: (id: string) => string;
}

function wholeSlate(ctx: Context): string[] {
  const { slate } = ctx;
  const title = cellText(slate.period.title);
  const onSlate = slateGoals(slate);
  const flagship = slate.groups.filter((g) => g.theme);
  const other = slate.groups.find((g) => !g.theme)?.rows ?? [];
  const page = ctx.ws.periods.find((p) => p.id === slate.period.id);
  const out = [
    `# ${/\bslate\b/i.test(title) ? title : `${title} goal slate`}`,
    "## Summary",
    summary(
      onSlate.length,
      flagship,
      other.length,
      slate.notAccepted.length,
      slate.teamAsks.length,
    ),
  ];
  if (flagship.length) {
    out.push("## Flagship themes");
    for (const group of flagship) {
      const theme = group.theme!;
      out.push(`### ${cellText(theme.title)}`);
      if (theme.summary) out.push(`*${cellText(theme.summary)}*`);
      if (theme.narrative) out.push(theme.narrative.trim());
      out.push(goalTable(ctx, group.rows));
    }
  }
  out.push("## Other goals");
  if (page?.other) out.push(page.other.trim());
  out.push(goalTable(ctx, other));
  if (slate.notAccepted.length)
    out.push("## Goals not accepted", goalTable(ctx, slate.notAccepted));
  out.push("## Team asks", teamTotals(ctx, slate.teamAsks));
  for (const table of slate.teamAsks) out.push(...teamAsks(ctx, table, "###"));
  out.push("## Champions", champions(ctx, onSlate));
  return out;
}

function teamPart(ctx: Context, team: string): string[] {
  const { slate } = ctx;
  const table = slate.teamAsks.find((t) => t.team === team) ?? { team, rows: [] };
  const goals = [...new Set(table.rows.map((r) => r.goal.id))];
  const rows = slateGoals(slate).filter((r) => goals.includes(r.id));
  return [
    `# ${cellText(slate.period.title)}: what the slate asks of ${cellText(ctx.teamName(team))}`,
    `${goalsCount(goals.length)} of the slate ask the ${cellText(ctx.teamName(team))} team for support.`,
    ...teamAsks(ctx, table, "##"),
    "## Goals",
    goalTable(ctx, rows),
    "## Champions",
    champions(ctx, rows, team),
  ];
}

function summary(
  goals: number,
  flagship: Slate["groups"],
  other: number,
  notAccepted: number,
  teams: number,
): string {
  const inThemes = slateGoals({ groups: flagship }).length;
  const themes = flagship.length
    ? `${goalsCount(inThemes)} under ${flagship.length} flagship theme${flagship.length === 1 ? "" : "s"} and ${goalsCount(other)} besides`
    : goalsCount(other);
  const rejected = notAccepted
    ? ` ${goalsCount(notAccepted)} proposed for it ${notAccepted === 1 ? "was" : "were"} not accepted.`
    : "";
  return `This slate has ${goalsCount(goals)}: ${themes}. It asks ${teams} team${teams === 1 ? "" : "s"} for support.${rejected}`;
}

const goalsCount = (n: number) => `${n} goal${n === 1 ? "" : "s"}`;

/** The site's slate table as Markdown: goal by full title, point of contact, teams, status. */
function goalTable(ctx: Context, rows: SlateRow[]): string {
  if (!rows.length) return "No goals.";
  return markdownTable(
    GOAL_HEADERS,
    rows.map((row) => [
      cellText(row.fullTitle),
      row.owners.length ? row.owners.map((o) => `@${cellText(o)}`).join(", ") : `*${OWNER_NEEDED}*`,
      row.teams.map((t) => cellText(ctx.teamName(t))).join(", "),
      cellText(row.status ?? ""),
    ]),
  );
}

/** One line per team: how many asks and goals, by support level where the layout has them. */
function teamTotals(ctx: Context, tables: TeamAskTable[]): string {
  if (!tables.length) return "No team is asked for support.";
  const levels = ["Small", "Medium", "Large"].filter((l) =>
    tables.some((t) => t.rows.some((r) => r.level === l)),
  );
  return markdownTable(
    ["Team", "Goals", "Asks", ...levels],
    tables.map((t) => [
      cellText(ctx.teamName(t.team)),
      String(new Set(t.rows.map((r) => r.goal.id)).size),
      String(t.rows.length),
      ...levels.map((l) => String(t.rows.filter((r) => r.level === l).length)),
    ]),
  );
}

/** What one team is asked, goal by goal, with the total. */
function teamAsks(ctx: Context, table: TeamAskTable, heading: string): string[] {
  const name = cellText(ctx.teamName(table.team));
  if (!table.rows.length) return [`${heading} ${name}`, "Nothing is asked of this team."];
  const levels = table.rows.some((r) => r.level);
  const rows = table.rows.map((r) => [
    cellText(r.goal.title) + (r.part ? ` (${cellText(r.part.title)})` : ""),
    cellText(r.ask),
    ...(levels ? [cellText(r.level ?? "")] : []),
  ]);
  const goals = new Set(table.rows.map((r) => r.goal.id)).size;
  return [
    `${heading} ${name}`,
    markdownTable(["Goal", "Ask", ...(levels ? ["Level"] : [])], rows),
    `Total: ${table.rows.length} ask${table.rows.length === 1 ? "" : "s"} from ${goalsCount(goals)}.`,
  ];
}

/** Champions the goals (and their parts) name, team by team; optionally of one team only. */
function champions(ctx: Context, rows: SlateRow[], team?: string): string {
  const out: string[][] = [];
  for (const row of rows) {
    const goal = ctx.byId.get(row.id);
    if (!goal) continue;
    const named = new Map<string, string>();
    for (const item of partsOf(goal, ctx.byId))
      for (const [t, who] of Object.entries(championsOf(item)))
        if (!named.has(t) && (!team || t === team)) named.set(t, who);
    for (const [t, who] of named)
      out.push([cellText(row.fullTitle), cellText(ctx.teamName(t)), `@${cellText(who)}`]);
  }
  return out.length ? markdownTable(["Goal", "Team", "Champion"], out) : "No champions named.";
}

function championsOf(item: Item): Record<string, string> {
  const c = item.extra.champions;
  if (!c || typeof c !== "object" || Array.isArray(c)) return {};
  return Object.fromEntries(
    Object.entries(c as Record<string, unknown>).flatMap(([t, who]) =>
      typeof who === "string" && who ? [[t, who.replace(/^@/, "")]] : [],
    ),
  );
}
