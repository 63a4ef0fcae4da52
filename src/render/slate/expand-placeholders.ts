import { posix } from "node:path";
import { partsOf } from "../../model/item-parts.js";
import { findPlaceholders } from "../../model/layouts/rust-project-goals/find-placeholders.js";
import {
  type Placeholder,
  readPlaceholder,
  type Size,
} from "../../model/layouts/rust-project-goals/placeholders.js";
import { PERIOD_FOLDER } from "../../model/layouts/rust-project-goals/read-period.js";
import { themeKey } from "../../model/layouts/rust-project-goals/roadmaps.js";
import type { Item, Workspace } from "../../model/types.js";
import { slateGoals, slateOf } from "./slate-tables.js";

/**
 * Replaces the rust-project-goals book's `(((…)))` placeholders in a page's Markdown with what the
 * book shows there, computed from the model: goal tables and lists as GFM Markdown whose links
 * name the goal files (so the site's link resolver sends them to the goal pages). A placeholder
 * Waymark cannot produce, or does not know, becomes a visible note naming it; one quoted in code
 * stays as written. Pure.
 */
export function placeholderExpander(ws: Workspace): (file: string, body: string) => string {
  if (ws.layout !== "rust-project-goals") return (_file, body) => body;
  const tables = new Map<string, PeriodGoals>();
  const goalsOf = (period: string) => {
    const hit = tables.get(period) ?? periodGoals(ws, period);
    tables.set(period, hit);
    return hit;
  };
  return (file, body) => {
    if (!body.includes("(((")) return body;
    const period = file
      .split("/")
      .find((s) => PERIOD_FOLDER.test(s))
      ?.toLowerCase();
    const replace = (inside: string) => {
      const placeholder = readPlaceholder(inside);
      if (!placeholder) return note(inside, "Waymark does not know this placeholder");
      if (placeholder.kind === "valid-team-asks")
        return note(inside, "the catalogue of team asks is not part of the model");
      if (!period) return note(inside, "the page is in no period's folder");
      return expand(placeholder, goalsOf(period), file, inside);
    };
    // Placeholders quoted in code stay as written, as the book leaves them.
    let out = "";
    let from = 0;
    for (const p of findPlaceholders(body)) {
      out += body.slice(from, p.index) + replace(p.inside);
      from = p.index + p.text.length;
    }
    return out + body.slice(from);
  };
}

interface PeriodGoals {
  id: string;
  /** The period's goals on the slate (not the not-accepted ones), in slate order. */
  goals: Item[];
  notAccepted: Item[];
  byId: Map<string, Item>;
  teamAsks: ReturnType<typeof slateOf>["teamAsks"];
  /** `roadmap-*.md` pages of the period's folder, with their titles. */
  roadmaps: { file: string; title: string }[];
}

function periodGoals(ws: Workspace, period: string): PeriodGoals {
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const slate = slateOf(ws, { id: period });
  const items = (ids: string[]) => ids.map((id) => byId.get(id)!).filter(Boolean);
  const roadmaps = ws.pages
    .filter((p) => /^roadmap-.+\.md$/i.test(posix.basename(p.file)))
    .filter((p) => posix.dirname(p.file).split("/").at(-1)?.toLowerCase() === period)
    .map((p) => ({ file: p.file, title: p.title }));
  return {
    id: period,
    goals: items(slateGoals(slate).map((r) => r.id)),
    notAccepted: items(slate.notAccepted.map((r) => r.id)),
    byId,
    teamAsks: slate.teamAsks,
    roadmaps,
  };
}

function expand(p: Placeholder, period: PeriodGoals, file: string, inside: string): string {
  const link = (item: Item) => `[${cell(item.title)}](${relative(file, item.file)})`;
  const owners = (item: Item) => item.owners.map((o) => `@${o}`).join(", ") || "*Help wanted*";
  const teams = (item: Item) => teamsOf(item, period.byId).join(", ");
  const goalTable = (items: Item[]) =>
    table(
      ["Goal", "Point of contact", "Teams"],
      items.map((i) => [link(i), owners(i), teams(i)]),
    );
  const listed = (key: string, name: string) =>
    period.goals.filter((g) =>
      listOf(g.extra[key]).some((v) => themeKey(String(v)) === themeKey(name)),
    );
  switch (p.kind) {
    case "goal-count":
      return String(period.goals.length);
    case "goals":
      return goalTable(selectGoals(p.which, period));
    case "goal-chapters":
      return block(period.goals.map((g) => `- ${link(g)}`).join("\n"));
    case "champions":
      return table(
        ["Goal", "Team", "Champion"],
        period.goals.flatMap((g) =>
          Object.entries(recordOf(g.extra.champions)).map(([team, who]) => [
            link(g),
            team,
            `@${who}`,
          ]),
        ),
      );
    case "team-asks":
      return period.teamAsks
        .map((t) =>
          [
            `**${cell(t.team)}**`,
            table(
              ["Goal", "Level", "Notes"],
              t.rows.map((r) => [
                link(period.byId.get(r.part?.id ?? r.goal.id) ?? period.byId.get(r.goal.id)!),
                r.level ?? "",
                markdownCell(r.ask),
              ]),
            ),
          ].join("\n\n"),
        )
        .join("\n\n");
    case "needs":
      return goalTable(listed("needs", p.need));
    case "highlight-table":
      return goalTable(listed("highlights", p.name));
    case "highlight-credits": {
      const people = new Set(listed("highlights", p.name).flatMap((g) => g.owners));
      return people.size ? `*Point of contact: ${[...people].map((o) => `@${o}`).join(", ")}*` : "";
    }
    case "roadmap-rows":
      return goalTable(listed("roadmaps", p.name));
    case "roadmaps":
      return table(
        ["Roadmap", "Goals"],
        period.roadmaps.map((r) => [
          `[${cell(r.title)}](${relative(file, r.file)})`,
          String(listed("roadmaps", r.title).length),
        ]),
      );
    case "roadmap-chapters":
      return block(
        period.roadmaps.map((r) => `- [${cell(r.title)}](${relative(file, r.file)})`).join("\n"),
      );
    case "funding-legend":
      return "*Funded* says whether the goal's need is already met: Full, Partial or No.";
    case "funding":
    case "funding-table": {
      const goals = p.kind === "funding" ? period.goals : listed("roadmaps", p.name);
      const rows = goals.flatMap((g) =>
        listOf(g.extra.funding).map((f) => ({ goal: g, row: recordOf(f) })),
      );
      if (p.kind === "funding" && p.by === "poc")
        rows.sort((a, b) => owners(a.goal).localeCompare(owners(b.goal)));
      return table(
        [
          p.kind === "funding" && p.by === "poc" ? "Point of contact" : "Goal",
          "Goal",
          "Purpose",
          "Cost",
          "Funded",
        ].filter((_, i) => i > 0 || (p.kind === "funding" && p.by === "poc")),
        rows.map(({ goal, row }) => [
          ...(p.kind === "funding" && p.by === "poc" ? [owners(goal)] : []),
          link(goal),
          cell(row.purpose ?? ""),
          cell(row.cost ?? ""),
          cell(row.funded ?? ""),
        ]),
      );
    }
    case "valid-team-asks":
      return note(inside, "the catalogue of team asks is not part of the model");
  }
}

function selectGoals(which: string, period: PeriodGoals): Item[] {
  switch (which) {
    case "not-accepted":
      return period.notAccepted;
    case "flagship":
      return period.goals.filter(isFlagship);
    case "other":
      return period.goals.filter((g) => !isFlagship(g));
    case "large":
    case "medium":
    case "small":
      return period.goals.filter((g) => sizeOf(g, period.byId) === which);
    default:
      return period.goals;
  }
}

const isFlagship = (goal: Item) => !!goal.theme || listOf(goal.extra.flagship).length > 0;

/** A goal's size: the largest support level it or its parts ask; Small when none is given. */
function sizeOf(goal: Item, byId: ReadonlyMap<string, Item>): Size {
  const levels = partsOf(goal, byId).flatMap((i) => i.asks.map((a) => a.level?.toLowerCase()));
  if (levels.includes("large")) return "large";
  if (levels.includes("medium")) return "medium";
  return "small";
}

function teamsOf(goal: Item, byId: ReadonlyMap<string, Item>): string[] {
  return [...new Set(partsOf(goal, byId).flatMap((i) => i.asks.map((a) => a.team)))];
}

function table(headers: string[], rows: string[][]): string {
  if (!rows.length) return "*None.*";
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return block([line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n"));
}

/** Blank lines around a block, so a table or list is never glued to a paragraph. */
const block = (markdown: string) => `\n\n${markdown}\n\n`;

/** A note where the book generates something Waymark does not: names it, without the parens. */
function note(inside: string, why: string): string {
  return block(
    `> **${cell(inside.trim())}**: the book generates this here; Waymark does not (${why}).`,
  );
}

/** Markdown (a team ask's notes) inside a table cell: its links and labels stay Markdown. */
function markdownCell(markdown: string): string {
  return markdown.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** Text safe inside a table cell or a link's text. */
function cell(text: string): string {
  return text.replace(/[\\|[\]]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, " ");
}

function relative(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to) || posix.basename(to);
  return encodeURI(path.startsWith(".") ? path : `./${path}`);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function recordOf(value: unknown): Record<string, string> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, string>)
    : {};
}
