import type { Diagnostic, Span } from "../../../diagnostics/diagnostic.js";
import { parseMarkdown } from "../../../load/parse-markdown.js";
import { findSection, sections } from "../../markdown/sections.js";
import type { Item, MarkdownDocument } from "../../types.js";
import { asksFromSupport, asksFromTasks, mergeAsks } from "./asks.js";
import { type Definitions, handles, isHelpWanted, slug } from "./cells.js";
import type { Directory } from "./directory.js";
import { cellLinks, definitionsOf, fundingRows, metadataExtra } from "./extras.js";
import {
  hasHelpWantedRows,
  metadataSpans,
  needsContributor,
  openHelpWanted,
  pointOfContact,
  slateStatus,
  spanOf,
  textOf,
  trackingIssue,
} from "./goal-fields.js";
import { type Metadata, readMetadata } from "./metadata.js";
import type { Outline, OutlineTable } from "./outline.js";
import { type PlanUnit, planUnits } from "./plan.js";
import { readTasks, type Task, taskRecords, toMilestone } from "./tasks.js";
import type { AskKind } from "./team-ask-catalogue.js";
import { key } from "./team-ask-catalogue.js";

/** What every goal of a checkout shares. */
export interface SharedContext {
  report(d: Diagnostic): void;
  catalogue: Map<string, AskKind>;
  directory: Directory;
}

interface GoalContext extends SharedContext {
  /** The goal file's link definitions. */
  definitions: Definitions;
}

/** A goal file as found: parsed, with its outline and the metadata table that makes it a goal. */
export interface GoalSource {
  doc: MarkdownDocument;
  body: string;
  period: string;
  /** The file name without `.md`. */
  name: string;
  tree: Outline;
  metadata: OutlineTable;
}

/** Reads a goal and its subgoals: the goal first, then its initiatives in document order. */
export function readGoal(source: GoalSource, shared: SharedContext): Item[] {
  const { doc, tree } = source;
  const meta = readMetadata(doc, source.metadata.node);
  const definitions = new Map([...meta.definitions, ...definitionsOf(doc)]);
  const ctx: GoalContext = { ...shared, definitions };
  const title = tree.sections[0];
  if (title && title.depth !== 1) {
    ctx.report({
      ruleId: "heading-level",
      severity: "warning",
      span: spanOf(doc, title.heading),
      message: `Unexpected level-${title.depth} title, expected the goal to open with a \`#\` heading`,
      hint: "Make the goal's title a level-1 heading (`# Title`).",
    });
  }
  const units = planUnits(tree, source.metadata);
  const tasksOf = new Map(
    units.map((u) => [u, u.taskTables.flatMap((t) => readTasks(t, definitions))] as const),
  );
  const id = `${source.period}.${slug(source.name)}`;
  const owners = pointOfContact(meta, ctx.report);
  const goalTasks = tasksOf.get(units[0]!)!;
  const depth2 = sections(doc, 2);
  const helpWantedSection = findSection(depth2, "help wanted");
  const fundingSection = findSection(depth2, "funding");
  const extra = metadataExtra(meta);
  if (fundingSection) extra.funding = fundingRows(doc, fundingSection);
  if (goalTasks.length) extra.tasks = taskRecords(goalTasks);
  const status = slateStatus(meta, ctx.report, extra);
  const helpWanted =
    isHelpWanted(meta.pointOfContact?.value.source ?? "") ||
    needsContributor(meta) ||
    openHelpWanted(goalTasks) ||
    hasHelpWantedRows(helpWantedSection?.markdown);
  const span = title ? spanOf(doc, title.heading) : doc.lines.span(doc.file, 0, 0);
  const goal: Item = {
    id,
    kind: "goal",
    file: doc.file,
    children: [],
    order: Number.MAX_SAFE_INTEGER,
    title: title?.title || source.name,
    shortTitle: textOf(meta.shortTitle?.value.text),
    state: helpWanted ? "help-wanted" : undefined,
    status,
    owners,
    asks: goalAsks(units[0]!, goalTasks, ctx),
    period: source.period,
    tracking: trackingIssue(meta, ctx.report, extra),
    links: meta.zulip ? cellLinks(meta.zulip.value.source, definitions) : [],
    stories: [],
    impact: findSection(depth2, "impact")?.markdown,
    milestones: milestonesOf(goalTasks, ctx),
    helpWanted: helpWantedSection?.markdown,
    body: source.body,
    extra,
    span,
    spans: metadataSpans(meta, span),
  };
  collect(
    ctx,
    meta,
    goalTasks,
    goal.asks.map((a) => a.team),
    span,
  );
  const initiatives = units.slice(1).map((unit, i) => ({
    unit,
    item: readSubgoal(source, unit, tasksOf.get(unit)!, ctx, i),
  }));
  const itemOf = new Map<PlanUnit, Item>([
    [units[0]!, goal],
    ...initiatives.map(({ unit, item }) => [unit, item] as const),
  ]);
  const ids = new Set([id]);
  for (const { unit, item } of initiatives) {
    const parent = itemOf.get(unit.parent ?? units[0]!) ?? goal;
    item.parent = parent.id;
    item.id = uniqueId(`${parent.id}.${slug(item.title)}`, ids);
  }
  return [goal, ...initiatives.map(({ item }) => item)];
}

function readSubgoal(
  source: GoalSource,
  unit: PlanUnit,
  tasks: Task[],
  ctx: GoalContext,
  index: number,
): Item {
  const { doc } = source;
  const section = unit.section!;
  const meta = unit.metadata ? readMetadata(doc, unit.metadata.node) : undefined;
  const extra = meta ? metadataExtra(meta) : {};
  if (tasks.length) extra.tasks = taskRecords(tasks);
  const people = [...new Set(tasks.filter((t) => !t.teamAsk).flatMap((t) => t.people))];
  const helpWanted =
    (!people.length && openHelpWanted(tasks)) || (meta ? needsContributor(meta) : false);
  const span = spanOf(doc, section.heading);
  const asks = goalAsks(unit, tasks, ctx);
  if (meta) collect(ctx, meta, [], [], span);
  ctx.directory.addPeople(people, span);
  ctx.directory.addTeams(
    asks.map((a) => a.team),
    span,
  );
  const body = `${doc.text.slice(section.start, section.end).trimEnd()}\n`;
  // The subgoal's own file, once imported, is its section: read its sections as that file's.
  const own = sections(parseMarkdown(doc.file, body).document, 2);
  return {
    id: "",
    kind: "initiative",
    file: doc.file,
    children: [],
    order: index,
    title: section.title || "Subgoal",
    shortTitle: textOf(meta?.shortTitle?.value.text),
    state: helpWanted ? "help-wanted" : undefined,
    owners: people,
    asks,
    links: [],
    stories: [],
    impact: findSection(own, "impact")?.markdown,
    milestones: milestonesOf(tasks, ctx),
    helpWanted: findSection(own, "help wanted")?.markdown,
    body,
    extra,
    span,
    spans: meta ? metadataSpans(meta, span) : {},
  };
}

function goalAsks(unit: PlanUnit, tasks: Task[], ctx: GoalContext) {
  const support = unit.supportTables.flatMap((t) =>
    asksFromSupport(t, ctx.definitions, ctx.report),
  );
  const asks = [...asksFromTasks(tasks), ...support];
  return mergeAsks(asks);
}

/** Tasks become milestones, except routine asks (the toml's `elide`) that are never "done". */
function milestonesOf(tasks: Task[], ctx: GoalContext) {
  return tasks
    .filter((t) => !(t.teamAsk && ctx.catalogue.get(key(t.title))?.elide))
    .map(toMilestone);
}

function collect(
  ctx: GoalContext,
  meta: Metadata,
  tasks: Task[],
  teams: string[],
  span: Span,
): void {
  const { directory } = ctx;
  if (meta.pointOfContact)
    directory.addPeople(handles(meta.pointOfContact.value.source), meta.pointOfContact.value.span);
  for (const [team, row] of meta.champions) {
    directory.addTeams([team], row.keyCell.span);
    directory.addPeople(handles(row.value.source), row.value.span);
  }
  for (const task of tasks) {
    directory.addPeople(task.people, task.span);
    if (task.teamAsk) directory.addTeams(task.teams, task.span);
  }
  directory.addTeams(teams, span);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
