import { escapeTerminal } from "../diagnostics/escape-terminal.js";
import { folderOf } from "../model/layouts/waymark/build-items.js";
import type { StoryKind, Workspace } from "../model/types.js";
import type { NewFile } from "./new-file.js";
import { isValidId, slugify } from "./slug.js";
import { itemTemplate } from "./templates/item-template.js";
import { halfYearDates, periodTemplate } from "./templates/period-template.js";
import { characterTemplate, storyTemplate } from "./templates/vision-templates.js";

export const NEW_KINDS = ["goal", "initiative", "story", "character", "period"] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface NewRequest {
  kind: NewKind;
  title: string;
  /** Overrides the id made from the title. */
  id?: string;
  /** initiative: the goal (or initiative) whose folder it goes in. */
  parent?: string;
  /** goal: the period and flagship theme it is proposed for. */
  period?: string;
  theme?: string;
  /** goal, initiative: people handles or team ids. */
  owners?: string[];
  /** story */
  storyKind?: StoryKind;
  characters?: string[];
  sources?: string[];
  retells?: string[];
  goals?: string[];
  /** character: the value they stand for. */
  value?: string;
}

/** What a reference may name; `unknown` errors say which. */
export type Referent = "goal" | "period" | "theme" | "character" | "status-quo story" | "owner";

/** Free-text inputs of `waymark new`, as the user typed them. */
type TextField = "title" | "--value" | "--source";

export type NewProblem =
  | { problem: "control-characters"; field: TextField; value: string }
  | { problem: "no-slug"; title: string }
  | { problem: "invalid-id"; id: string }
  | { problem: "not-native"; layout: string }
  | { problem: "needs-parent" }
  | { problem: "theme-without-period"; theme: string }
  | { problem: "retells-from-status-quo" }
  | { problem: "unknown"; referent: Referent; value: string; known: string[] }
  | { problem: "duplicate-id"; kind: NewKind; id: string; file?: string };

export type NewPlan = { ok: true; id: string; file: NewFile } | ({ ok: false } & NewProblem);

/**
 * Plans `waymark new`: checks the request against the loaded workspace (ids free, references
 * known) and fills in the template. Pure; writing is write-new-files.ts's job.
 */
export function planNew(ws: Workspace, req: NewRequest): NewPlan {
  if (ws.layout !== "waymark") return { ok: false, problem: "not-native", layout: ws.layout };
  const unsafe = unsafeText(req);
  if (unsafe) return { ok: false, ...unsafe };
  const id = req.id ?? slugify(req.title);
  if (id === undefined) return { ok: false, problem: "no-slug", title: req.title };
  if (!isValidId(id)) return { ok: false, problem: "invalid-id", id };
  const problem = checkReferences(ws, req) ?? duplicateOf(ws, req.kind, id);
  if (problem) return { ok: false, ...problem };
  const file = fileFor(ws, req, id);
  return { ok: true, id, file };
}

function fileFor(ws: Workspace, req: NewRequest, id: string): NewFile {
  const owners = req.owners ?? [];
  switch (req.kind) {
    case "goal":
      return {
        path: `goals/${id}.md`,
        text: itemTemplate({
          kind: "goal",
          title: req.title,
          owners,
          period: req.period,
          theme: req.theme,
        }),
      };
    case "initiative": {
      const parent = ws.items.find((i) => i.id === req.parent)!;
      return {
        path: `${folderOf(parent.file)}/${id}.md`,
        text: itemTemplate({ kind: "initiative", title: req.title, owners }),
      };
    }
    case "story": {
      const kind = req.storyKind ?? "status-quo";
      return {
        path: `vision/stories/${kind}/${id}.md`,
        text: storyTemplate({
          title: req.title,
          kind,
          characters: req.characters ?? [],
          sources: req.sources ?? [],
          goals: req.goals,
          retells: req.retells ?? [],
        }),
      };
    }
    case "character":
      return {
        path: `vision/characters/${id}.md`,
        text: characterTemplate({ name: req.title, value: req.value }),
      };
    case "period":
      return {
        path: `periods/${id}.md`,
        text: periodTemplate({ id, title: req.title, ...halfYearDates(id) }),
      };
  }
}

/**
 * Free text that goes into the new file's YAML: one line of printable text. A newline would end
 * the front matter's value and write a broken file; escapes and bidi overrides would be stored
 * for every later reader's terminal.
 */
function unsafeText(req: NewRequest): NewProblem | undefined {
  const fields: [TextField, string[]][] = [
    ["title", [req.title]],
    ["--value", req.value === undefined ? [] : [req.value]],
    ["--source", req.sources ?? []],
  ];
  for (const [field, values] of fields) {
    const value = values.find((v) => escapeTerminal(v) !== v);
    if (value !== undefined) return { problem: "control-characters", field, value };
  }
  return undefined;
}

/** The first reference in the request that names nothing in the workspace. */
function checkReferences(ws: Workspace, req: NewRequest): NewProblem | undefined {
  if (req.retells?.length && (req.storyKind ?? "status-quo") !== "shiny-future")
    return { problem: "retells-from-status-quo" };
  const items = ws.items.map((i) => i.id);
  const vision = ws.vision;
  const statusQuo = (vision?.stories ?? []).filter((s) => s.kind === "status-quo").map((s) => s.id);
  const periods = [...new Set([...ws.config.periods, ...ws.periods].map((p) => p.id))];
  const checks: [Referent, string[], string[]][] = [
    ["owner", req.owners ?? [], [...ws.config.people.keys(), ...ws.config.teams.keys()]],
    ["period", req.period ? [req.period] : [], periods],
    ["character", req.characters ?? [], (vision?.characters ?? []).map((c) => c.id)],
    ["status-quo story", req.retells ?? [], statusQuo],
    ["goal", req.goals ?? [], items],
  ];
  if (req.kind === "initiative") {
    if (!req.parent) return { problem: "needs-parent" };
    checks.unshift(["goal", [req.parent], items]);
  }
  for (const [referent, values, known] of checks) {
    const value = values.find((v) => !known.includes(v));
    if (value !== undefined) return { problem: "unknown", referent, value, known };
  }
  if (req.theme) {
    if (!req.period) return { problem: "theme-without-period", theme: req.theme };
    const themes = ws.periods.find((p) => p.id === req.period)?.themes.map((t) => t.id) ?? [];
    if (!themes.includes(req.theme))
      return { problem: "unknown", referent: "theme", value: req.theme, known: themes };
  }
  return undefined;
}

/** An id already taken by the same kind of thing (goals and initiatives share one namespace). */
function duplicateOf(ws: Workspace, kind: NewKind, id: string): NewProblem | undefined {
  const taken: { id: string; file?: string }[] =
    kind === "goal" || kind === "initiative"
      ? ws.items
      : kind === "period"
        ? ws.periods
        : kind === "character"
          ? (ws.vision?.characters ?? [])
          : (ws.vision?.stories ?? []);
  const hit = taken.find((t) => t.id === id);
  return hit ? { problem: "duplicate-id", kind, id, file: hit.file } : undefined;
}
