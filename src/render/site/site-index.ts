import { implicitReferences } from "../../check/implicit-labels.js";
import { topItems } from "../../model/links/top-items.js";
import { firstTitle } from "../../model/markdown/sections.js";
import { periodOf } from "../../model/period-of.js";
import type {
  Character,
  Item,
  MarkdownDocument,
  Milestone,
  Page,
  Story,
  StoryKind,
  TeamAsk,
  Workspace,
} from "../../model/types.js";
import type { GoalForecast } from "../../track/forecast/forecast-goals.js";
import type { Facts } from "../../track/types.js";
import { goalForecasts } from "../charts/chart-views.js";
import { placeholderExpander } from "../slate/expand-placeholders.js";
import { type KnownPeriod, knownPeriods } from "../status/known-periods.js";
import { compareDefault, compareEnglish } from "./collate.js";
import { answerOnce, type LastAnswer } from "./last-answer.js";
import { linkedFiles, mendAnchors } from "./markdown/link-index.js";
import type { NavEntry, ShellData } from "./shell.js";
import { basePath, sitePaths } from "./site-paths.js";

export interface SiteOptions {
  /** Where the site is hosted: "/" (the default), "/sub/path/" or a full URL. */
  baseUrl?: string;
  /** The build date, YYYY-MM-DD: the vision's current phase is computed from it. */
  date: string;
  /** When each source file last changed, ISO 8601, for the feed. Missing files sort last. */
  lastChanged?: Record<string, string>;
  /**
   * A digest of everything the model is built from (file texts, layout, configuration). Routes
   * made from the whole model use it as their key instead of their text, which is dear to make.
   */
  sourceDigest?: string;
  /** The track stage's facts: the sync history draws the burn-ups and forecasts. */
  facts?: Facts;
}

/** What a page shows of another item: enough for a link, a badge and a bar. */
export interface ItemSummary {
  id: string;
  title: string;
  kind: Item["kind"];
  state: Item["state"] | null;
  progress: { done: number; total: number } | null;
  owners: string[];
}

/** Lookups over the model that several pages share, computed once per build. */
export interface SiteIndex {
  ws: Workspace;
  options: SiteOptions;
  items: Map<string, Item>;
  stories: Map<string, Story>;
  characters: Map<string, Character>;
  periods: KnownPeriod[];
  /** The period of an item: its own or its nearest ancestor's. */
  periodOf: (item: Item) => string | undefined;
  /** Every handle that gets a page: configured people, owners, leads and participants. */
  people: string[];
  /** Every team that gets a page: configured, asked, or owning. */
  teams: string[];
  /** A page's Markdown with the layout's generated content (rust-project-goals' `(((…)))`) filled in. */
  expand: (file: string, body: string) => string;
  shell: ShellData;
  /** Each goal's burn-up and forecast, from the sync history; empty before a sync. */
  forecasts: Map<string, GoalForecast>;
}

export interface StorySummary {
  id: string;
  title: string;
  kind: StoryKind;
}

export function storySummary(story: Story): StorySummary {
  return { id: story.id, title: story.title, kind: story.kind };
}

export function summary(item: Item): ItemSummary {
  const p = item.progress;
  return {
    id: item.id,
    // The site has room for the full title (the book shows it); terminal tables use the short one.
    title: item.title,
    kind: item.kind,
    state: item.state ?? null,
    progress: p ? { done: p.done, total: p.total } : null,
    owners: [...item.owners],
  };
}

export function buildSiteIndex(ws: Workspace, options: SiteOptions): SiteIndex {
  const firstById = <T extends { id: string }>(list: T[]) => {
    const map = new Map<string, T>();
    for (const x of list) if (!map.has(x.id)) map.set(x.id, x);
    return map;
  };
  const items = firstById(ws.items);
  const stories = firstById(ws.vision?.stories ?? []);
  const characters = firstById(ws.vision?.characters ?? []);
  const periods = knownPeriods(ws);
  const { people, teams } = collectPeopleAndTeams(ws);
  const index: SiteIndex = {
    ws,
    options,
    items,
    stories,
    characters,
    periods,
    periodOf: periodOf(ws),
    people,
    teams,
    expand: placeholderExpander(ws),
    shell: undefined as unknown as ShellData,
    forecasts: new Map(),
  };
  index.forecasts = goalForecasts(ws, options.facts, periods, index.periodOf);
  index.shell = buildShell(index);
  return index;
}

function collectPeopleAndTeams(ws: Workspace): { people: string[]; teams: string[] } {
  const { config } = ws;
  // What the answer is made of: the configured handles and teams, the leads, and each item's
  // owners, asks and milestones. An item built from unchanged text keeps those lists (the parse
  // cache's), so a serve reload after one edit finds the same lists and reuses the answer.
  const inputs: unknown[] = [
    [...config.teams.keys()].join("\n"),
    [...config.people.keys()].join("\n"),
    config.group.leads.join("\n"),
  ];
  for (const item of ws.items) inputs.push(item.owners, item.asks, item.milestones);
  // A new list (the edited file's item) that names the same handles and teams gives the same answer.
  const alike = (was: unknown, now: unknown) =>
    typeof was !== "string" && typeof now !== "string" && handles(was) === handles(now);
  return answerOnce(lastPeople, inputs, alike, () => findPeopleAndTeams(ws));
}

const lastPeople: LastAnswer<{ people: string[]; teams: string[] }> = {};

function findPeopleAndTeams(ws: Workspace): { people: string[]; teams: string[] } {
  const { config } = ws;
  const teams = new Set(config.teams.keys());
  const people = new Set(config.people.keys());
  const isTeam = (id: string) => config.teams.has(id) && !config.people.has(id);
  for (const item of ws.items) {
    for (const owner of item.owners) (isTeam(owner) ? teams : people).add(owner);
    for (const ask of item.asks) teams.add(ask.team);
    // A team asked in a task (rust-project-goals' `![Team][] [lang]` row) is a team, not a person.
    for (const m of item.milestones)
      for (const p of m.participants) (isTeam(p) ? teams : people).add(p);
  }
  for (const lead of config.group.leads) people.add(lead);
  const sorted = (s: Set<string>) => [...s].sort(compareEnglish);
  return { people: sorted(people), teams: sorted(teams) };
}

/** The handles and teams an item's owners, asks or milestones name, as one string. */
function handles(list: unknown): string {
  return (list as (string | TeamAsk | Milestone)[])
    .map((x) => (typeof x === "string" ? x : "team" in x ? x.team : x.participants.join(" ")))
    .join("\n");
}

function buildShell(index: SiteIndex): ShellData {
  const { ws } = index;
  const pageOfFile: Record<string, string> = {};
  const claim = (file: string | undefined, path: string) => {
    if (file && !Object.hasOwn(pageOfFile, file)) pageOfFile[file] = path;
  };
  // A link to a file opens its top item (a goal, not its first subgoal), or, when the file's items
  // have no one top, the file's own page (a free page, below).
  const tops = topItems(ws.items);
  for (const item of index.items.values())
    if (tops.get(item.file)?.id === item.id) claim(item.file, sitePaths.item(item.id));
  for (const period of ws.periods) claim(period.file, sitePaths.period(period.id));
  claim(ws.vision?.file, sitePaths.vision);
  claim(ws.navigation?.file, sitePaths.contents);
  for (const c of index.characters.values()) claim(c.file, sitePaths.character(c.id));
  for (const s of index.stories.values()) claim(s.file, sitePaths.story(s.id));
  for (const page of freePages(ws)) claim(page.file, sitePaths.page(page.file));
  const copied: Record<string, string> = {};
  for (const path of linkedFiles(ws)) copied[path] = sitePaths.file(path);
  const people: ShellData["people"] = {};
  for (const handle of index.people) {
    const p = ws.config.people.get(handle);
    people[handle] = { name: p?.name, url: p?.url };
  }
  const teams: ShellData["teams"] = {};
  for (const id of index.teams) {
    const t = ws.config.teams.get(id);
    teams[id] = { name: t?.name, url: t?.url };
  }
  return {
    base: basePath(index.options.baseUrl),
    groupName: ws.config.group.name,
    nav: navEntries(index),
    people,
    teams,
    paths: sortedPaths(ws.paths),
    pageOfFile,
    copied,
    anchors: mendAnchors(ws, new Map(Object.entries(pageOfFile))),
    references: sharedReferences(ws),
  };
}

/** The paths in order, once per path set (serve keeps the set while no file comes or goes). */
function sortedPaths(paths: ReadonlySet<string>): string[] {
  let sorted = sortedSets.get(paths);
  if (!sorted) {
    sorted = [...paths].sort();
    sortedSets.set(paths, sorted);
  }
  return sorted;
}

const sortedSets = new WeakMap<ReadonlySet<string>, string[]>();

/**
 * The labels every page may use undefined: waymark.yaml's `references:`, and what the layout's own
 * renderer defines (rust-project-goals' badges, team names, `[RFC #N]`), as import would write them.
 */
function sharedReferences(ws: Workspace): Record<string, string> | undefined {
  const all = [...implicitReferences(ws).values(), ...(ws.config.references?.values() ?? [])];
  return all.length ? Object.fromEntries(all.map((r) => [r.label, r.url])) : undefined;
}

function navEntries(index: SiteIndex): NavEntry[] {
  const nav: NavEntry[] = [
    { path: sitePaths.home, label: "Home" },
    { path: sitePaths.roadmap, label: "Roadmap" },
  ];
  if (index.ws.navigation) nav.splice(1, 0, { path: sitePaths.contents, label: "Contents" });
  if (index.periods.length) nav.push({ path: sitePaths.periods, label: "Slates" });
  if (index.ws.vision) nav.push({ path: sitePaths.vision, label: "Vision" });
  nav.push({ path: sitePaths.people, label: "People" });
  if (index.teams.length) nav.push({ path: sitePaths.teams, label: "Teams" });
  if (index.options.facts?.asOf) nav.push({ path: sitePaths.charts, label: "Charts" });
  if (index.ws.config.triage) nav.push({ path: sitePaths.triage, label: "Triage" });
  return nav;
}

/**
 * Free pages: Markdown files no part of the model claims. A layout may list as pages files it
 * also read as goals or stories; those get one page only, the model's. A file that holds several
 * items with no one top item among them (wg-async's roadmap page) is a page of its own too, so a
 * link to it opens the whole file, not one of its rows.
 */
export function freePages(ws: Workspace): Page[] {
  const tops = topItems(ws.items);
  const claimed = new Set<string>();
  for (const item of ws.items) if (tops.get(item.file) !== null) claimed.add(item.file);
  for (const p of ws.periods) if (p.file) claimed.add(p.file);
  if (ws.vision?.file) claimed.add(ws.vision.file);
  if (ws.navigation) claimed.add(ws.navigation.file);
  for (const c of ws.vision?.characters ?? []) claimed.add(c.file);
  for (const s of ws.vision?.stories ?? []) claimed.add(s.file);
  const shared = [...tops].filter(([, top]) => top === null).map(([file]) => file);
  const listed = new Set(ws.pages.map((p) => p.file));
  const own = ws.documents
    .filter((d) => shared.includes(d.file) && !listed.has(d.file) && !claimed.has(d.file))
    .map((d) => ({
      file: d.file,
      title: firstTitle(d.tree) || d.file,
      body: d.text.slice(bodyStart(d)),
    }));
  const seen = new Set<string>();
  return [...ws.pages, ...own]
    .filter((p) => !claimed.has(p.file) && !seen.has(p.file) && seen.add(p.file))
    .sort((a, b) => compareDefault(a.file, b.file));
}

/** Where a document's body starts: after its front matter block, if it has one. */
function bodyStart(doc: MarkdownDocument): number {
  const first = doc.tree.children[0];
  if (first?.type !== "yaml" || first.position?.end.offset === undefined) return 0;
  const newline = doc.text.indexOf("\n", first.position.end.offset);
  return newline < 0 ? doc.text.length : newline + 1;
}
