import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { memoParse } from "../../../load/parse-markdown.js";
import { parseIssueNumber } from "../../issue-number.js";
import type { FrontMatterDocument } from "../../markdown/document.js";
import { readMilestones } from "../../markdown/milestones.js";
import { findSection, sections } from "../../markdown/sections.js";
import { type ItemInput, itemSchema } from "../../schemas.js";
import type { Item, Milestone, Progress, ProgressChoice, TeamAsk } from "../../types.js";
import { updateEveryDays } from "../../update-every.js";
import { validate } from "../../validate.js";
import { overridden } from "./override.js";
import { basename, fileId } from "./paths.js";

export const GOALS_DIR = "goals";

/** Where an item's own initiatives live: `goals/a.md` and `goals/a/index.md` both own `goals/a/`. */
export function folderOf(file: string): string {
  const name = basename(file);
  return /^(index|readme)\.md$/i.test(name)
    ? file.slice(0, file.lastIndexOf("/"))
    : file.replace(/\.md$/i, "");
}

/** The folder an item sits in, which names its parent. */
function containerOf(file: string): string {
  const folder = folderOf(file);
  return folder.slice(0, folder.lastIndexOf("/"));
}

/** Builds every goal and initiative under goals/, nesting them by folder. */
export function buildItems(docs: FrontMatterDocument[], report: (d: Diagnostic) => void): Item[] {
  const items: Item[] = [];
  const byFolder = new Map<string, Item>();
  for (const doc of docs) {
    const item = buildItem(doc, report);
    if (!item) continue;
    items.push(item);
    byFolder.set(folderOf(item.file), item);
  }
  for (const item of items) {
    const parent = byFolder.get(containerOf(item.file));
    if (parent) {
      item.parent = parent.id;
      item.kind = "initiative";
    }
  }
  return items;
}

/**
 * An item is a function of its file's path and text alone, so a rebuild in the same process
 * (serve) takes it from the parse cache, replaying its problems, as it takes the parse. Each
 * build gets its own copy, since building the workspace fills in parent, kind, children,
 * stories and progress.
 */
export function buildItem(
  doc: FrontMatterDocument,
  report: (d: Diagnostic) => void,
): Item | undefined {
  const { file, text } = doc.document;
  const { item, problems } = memoParse("item", file, text, () => {
    const problems: Diagnostic[] = [];
    return { item: readItem(doc, (d) => problems.push(d)), problems };
  });
  for (const d of problems) report(d);
  return item && { ...item, stories: [] };
}

function readItem(doc: FrontMatterDocument, report: (d: Diagnostic) => void): Item | undefined {
  const file = doc.document.file;
  if (!doc.document.text.trim()) {
    report({
      ruleId: "empty-file",
      severity: "error",
      span: doc.head,
      message: "Unexpected empty goal file, expected front matter with at least a `title`",
      hint: "Add front matter, or create the file with `waymark new goal <title>`.",
    });
    return undefined;
  }
  if (doc.data === undefined) return undefined;
  const { data, diagnostics } = validate(itemSchema, doc.data, doc.spans, doc.head);
  diagnostics.forEach(report);
  if (!data) return undefined;
  const all = sections(doc.document, 2);
  const milestonesSection = findSection(all, "milestones");
  return {
    id: data.id ?? fileId(file),
    kind: "goal",
    file,
    children: [],
    order: data.order ?? Number.MAX_SAFE_INTEGER,
    title: data.title,
    shortTitle: data["short-title"],
    state: data.state,
    status: data.status,
    owners: toList(data.owners),
    asks: toAsks(data.teams, doc),
    period: data.period,
    theme: data.theme,
    progress: toProgress(data.progress),
    progressFrom: toProgressChoice(data.progress),
    tracking: toIssue(data.tracking),
    updateEvery:
      data["update-every"] === undefined ? undefined : updateEveryDays(data["update-every"]),
    links: data.links ?? [],
    stories: [],
    impact: overridden(data.impact, findSection(all, "impact")?.markdown),
    milestones: data.milestones
      ? toMilestones(data.milestones, doc)
      : milestonesSection
        ? readMilestones(doc.document, milestonesSection)
        : [],
    helpWanted: overridden(data["help-wanted"], findSection(all, "help wanted")?.markdown),
    body: doc.body,
    extra: data.extra ?? {},
    span: doc.head,
    spans: doc.spans,
  };
}

export function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function toAsks(teams: ItemInput["teams"], doc: FrontMatterDocument): TeamAsk[] {
  if (!teams) return [];
  if (Array.isArray(teams)) return teams.map((team, i) => withSpan({ team, ask: "" }, doc, i));
  return Object.entries(teams).map(([team, ask]) => {
    if (ask === null) return withSpan({ team, ask: "" }, doc, team);
    if (typeof ask === "string") return withSpan({ team, ask }, doc, team);
    return withSpan({ team, ask: ask.ask, level: ask.level }, doc, team);
  });
}

/**
 * The ask with its span as an enumerable getter: the front matter's positions are made only
 * when a finding reads one (`spansFromRanges`), not for every item of every build.
 */
function withSpan(ask: Omit<TeamAsk, "span">, doc: FrontMatterDocument, key: string | number) {
  const path = `teams.${key}`;
  return Object.defineProperty(ask, "span", {
    enumerable: true,
    get: () => doc.spans[`${path}#key`] ?? doc.spans[path] ?? doc.head,
  }) as TeamAsk;
}

/** Milestones written in front matter (by `waymark import`) rather than as a body table. */
function toMilestones(list: NonNullable<ItemInput["milestones"]>, doc: FrontMatterDocument) {
  return list.map(
    (m, i): Milestone => ({
      title: m.title,
      state: m.state,
      participants: toList(m.participants),
      notes: m.notes,
      span: doc.spans[`milestones.${i}`] ?? doc.head,
    }),
  );
}

function toProgress(progress: ItemInput["progress"]): Progress | undefined {
  if (typeof progress !== "string" || !progress.includes("/")) return undefined;
  const [done, total] = progress.split("/").map((n) => Number(n.trim()));
  return { done: done ?? 0, total: total ?? 0, source: "manual" };
}

/** The source chosen in front matter; a manual figure needs none (it is its own choice). */
function toProgressChoice(progress: ItemInput["progress"]): ProgressChoice | undefined {
  if (progress === undefined) return undefined;
  if (typeof progress === "object") return { source: "search", search: progress };
  if (progress === "milestones" || progress === "sub-issues" || progress === "checkboxes")
    return { source: progress };
  return undefined;
}

export function toIssue(tracking: string | undefined): Item["tracking"] {
  const m = tracking?.match(/^([\w.-]+)\/([\w.-]+)#(\d+)$/);
  const number = m ? parseIssueNumber(m[3]!) : undefined;
  return m && number ? { owner: m[1]!, repo: m[2]!, number } : undefined;
}
