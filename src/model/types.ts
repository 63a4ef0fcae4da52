import type { Root } from "mdast";
import type { Span } from "../diagnostics/diagnostic.js";
import type { LineIndex } from "../diagnostics/line-index.js";
import type { MeetingDay } from "./cadence/cadence-rule.js";
import type { PhaseDates } from "./period-phases.js";

/** Where a goal or initiative stands (seed 000's ✅ 🦀 ✋ 💤). */
export const STATES = ["done", "in-progress", "help-wanted", "paused"] as const;
export type State = (typeof STATES)[number];

/** Where a goal stands on a period's slate (seed 001), separate from its state. */
export const SLATE_STATUSES = ["proposed", "accepted", "provisional", "not-accepted"] as const;
export type SlateStatus = (typeof SLATE_STATUSES)[number];

export const STORY_KINDS = ["status-quo", "shiny-future"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export const LAYOUTS = ["waymark", "rust-project-goals", "wg-async"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Source positions of a value's fields, keyed by dotted path ("owners.0", "asks.lang"). */
export type Spans = Record<string, Span>;

export interface Link {
  title: string;
  url: string;
}

export interface Person {
  handle: string;
  name?: string;
  url?: string;
  span: Span;
}

export interface Team {
  id: string;
  name?: string;
  url?: string;
  /** What the team can be asked (`asks:` in waymark.yaml); none means anything. */
  asks?: string[];
  span: Span;
}

export interface PeriodConfig {
  id: string;
  title?: string;
  start?: string;
  end?: string;
  /** When each phase of the slate's cycle starts, as waymark.yaml gives them. */
  phases?: PhaseDates;
  span: Span;
}

export interface ChecklistEntry {
  text: string;
  state: "done" | "in-progress";
}

export interface Group {
  name: string;
  mission?: string;
  status?: string;
  leads: string[];
  /** The group's current focus, a Markdown paragraph. */
  focus?: string;
  chat?: Link;
  meetings?: Link;
  videos?: Link;
  repositories: string[];
  links: Link[];
  /** The roadmap checklist of seed 003: done ✅ or in progress ⚒️. */
  checklist: ChecklistEntry[];
  futureAreas: string[];
  /** How to get involved, Markdown. */
  involvement?: string;
}

export interface FocusLimit {
  min: number;
  max: number;
}

export interface Triage {
  repositories: string[];
  areaLabel: string;
  labels: { focus: string; onDeck: string; other: string };
  focusLimit: FocusLimit;
  onDeckLimit: number;
  agenda: string[];
  /** Days without activity before a focus issue is marked stalled; undefined: 7 and 14. */
  stallDays?: { yellow: number; red: number };
}

export interface Cadence {
  id: string;
  title: string;
  /**
   * Days between meetings: 7 for weekly, 14 for the two-weekly review; 30 for a monthly
   * rotation, whose days `on` names (src/model/cadence/ turns cadences into dated events).
   */
  everyDays: number;
  /** Monthly rotations ("first Thursday of the month"), instead of a number of days. */
  monthly?: boolean;
  /** The days it meets on: one weekday for a cadence of weeks, weeks of the month for monthly. */
  on?: MeetingDay[];
  /** ISO date of one meeting, from which the others follow. */
  anchor?: string;
  time?: string;
  timezone?: string;
  durationMinutes?: number;
  where?: Link;
  agenda: string[];
}

/** What `rules:` in waymark.yaml may set a rule to. */
export const RULE_LEVELS = ["off", "warning", "error"] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** A severity override from `rules:` in waymark.yaml. */
export interface RuleSetting {
  level: RuleLevel;
  span: Span;
}

/** A reference definition shared by every page, from `references:` in waymark.yaml. */
export interface SharedReference {
  /** The label as written. */
  label: string;
  url: string;
  span: Span;
}

/** `github.issues` in waymark.yaml: what `waymark issues` gives each tracking issue. */
export interface IssuesConfig {
  /** `owner/repo` where new tracking issues are opened. */
  repository?: string;
  labels: string[];
  /** The milestone's title; `{period}` stands for the period's id (the default). */
  milestone?: string;
}

export interface Config {
  file: string;
  /** The layout named in waymark.yaml, which overrides detection. */
  layout?: LayoutName;
  group: Group;
  people: Map<string, Person>;
  teams: Map<string, Team>;
  periods: PeriodConfig[];
  /** The asks every team can be asked where a team lists none (rust-project-goals.toml's `[team_asks]`). */
  teamAsks?: string[];
  triage?: Triage;
  cadences: Cadence[];
  /**
   * Reference definitions every page may use without defining them, as an mdBook preprocessor
   * appends them to every page; keyed by label as written (labels match without regard to case).
   */
  references?: Map<string, SharedReference>;
  /** Severity overrides by rule id (check rules and load/model ids alike). */
  rules?: Map<string, RuleSetting>;
  /** Where `waymark sync` reads GitHub (a GitHub Enterprise API URL), and what `issues` writes. */
  github?: { api?: string; issues?: IssuesConfig };
  /** How often owners post updates on tracking issues, and what marks a comment as one. */
  updates?: UpdatesConfig;
  spans: Spans;
}

/** `updates:` in waymark.yaml. */
export interface UpdatesConfig {
  /** Days between updates (7, 14 or 28); undefined: no cadence, so nothing is ever stale. */
  everyDays?: number;
  /** Text that makes any comment an update, such as `TL;DR:` (matched without regard to case). */
  marker: string;
}

/** One update: a comment on the tracking issue by an owner, or one carrying the marker. */
export interface ItemUpdate {
  author?: string;
  /** When it was posted (ISO time). */
  date: string;
  url: string;
  /** The line after the marker, or else the comment's first paragraph, as plain text. */
  tldr: string;
  /** Lines that start with "Help wanted:", as plain text. */
  helpWanted: string[];
}

/** An item's updates as of the last sync, set by the track stage when the cache knows its issue. */
export interface ItemUpdates {
  /** The tracking issue they were read from, `owner/repo#N`. */
  of: string;
  /** Its page on GitHub (or a GitHub Enterprise server), as the sync read it. */
  url: string;
  /** Updates among the issue's latest comments, oldest first. */
  updates: ItemUpdate[];
  /** Days between updates: the item's `update-every`, else the config's; undefined: none asked. */
  everyDays?: number;
  /** When the next update is due (YYYY-MM-DD): the last update (or the issue's opening) plus the cadence. */
  due?: string;
  /** When the tracking issue was opened (ISO time), when the sync read it. */
  openedAt?: string;
  /** Done or paused, or its issue closed: no update is asked for. */
  finished: boolean;
  /** The due date had passed at the sync (finished work is never stale). */
  stale: boolean;
  /** When the sync read the comments (ISO time). */
  asOf: string;
}

/** Where an item's progress figure comes from; also the default order of choice. */
export const PROGRESS_SOURCES = [
  "milestones",
  "sub-issues",
  "checkboxes",
  "search",
  "manual",
] as const;
export type ProgressSource = (typeof PROGRESS_SOURCES)[number];

export interface Progress {
  done: number;
  total: number;
  source: ProgressSource;
  /** What the figure counts: the tracking issue (`rust-lang/rust#123`) or the search. */
  of?: string;
  /** When the figure was last confirmed (ISO time of the sync that fetched it). */
  asOf?: string;
}

/** The source an item's front matter chose, with the searches of a tracked search. */
export interface ProgressChoice {
  source: ProgressSource;
  /** GitHub search queries counting the done issues and all of them. */
  search?: { done: string; total: string };
}

export interface TeamAsk {
  team: string;
  /** What is asked of the team, e.g. "Design meeting" or free text. */
  ask: string;
  /** Support level where the layout has one (Small, Medium, Large). */
  level?: string;
  span: Span;
}

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export interface Milestone {
  title: string;
  state?: State;
  participants: string[];
  notes?: string;
  span: Span;
}

export type ItemKind = "goal" | "initiative";

/** A goal or an initiative: the same shape, nested by folders to any depth. */
export interface Item {
  id: string;
  kind: ItemKind;
  file: string;
  parent?: string;
  children: string[];
  /** Position among siblings; lower first. */
  order: number;
  title: string;
  shortTitle?: string;
  state?: State;
  status?: SlateStatus;
  /** Handles of people or ids of teams. Empty means nobody owns it yet. */
  owners: string[];
  asks: TeamAsk[];
  period?: string;
  theme?: string;
  progress?: Progress;
  /** The progress source chosen in front matter; without one, the first source with figures wins. */
  progressFrom?: ProgressChoice;
  tracking?: IssueRef;
  /** Days between updates from the front matter's `update-every`, overriding the config's. */
  updateEvery?: number;
  /** Updates on the tracking issue, from the last sync (see ItemUpdates). */
  updates?: ItemUpdates;
  links: Link[];
  /** Stories this item answers; the reverse of Story.goals, filled by the model. */
  stories: string[];
  /** Markdown of the Impact section. */
  impact?: string;
  milestones: Milestone[];
  /** Markdown of the Help wanted section. */
  helpWanted?: string;
  /** Markdown body without front matter. */
  body: string;
  /** Layout-specific facts kept so an import loses nothing (e.g. champions, funding). */
  extra: Record<string, unknown>;
  span: Span;
  spans: Spans;
}

export interface Theme {
  id: string;
  title: string;
  /** One-line summary, as in seed 001's bullet list. */
  summary?: string;
  /** The theme's narrative, Markdown. */
  narrative?: string;
  /** Its point of contact (a rust-project-goals roadmap's `Point of contact` row). */
  owners?: string[];
  /** The page that describes the theme, when it has one of its own (`roadmap-*.md`). */
  file?: string;
}

export interface Period {
  id: string;
  file?: string;
  title: string;
  state: "draft" | "accepted";
  start?: string;
  end?: string;
  /** When each phase of the slate's cycle starts, as the period page gives them. */
  phases?: PhaseDates;
  /** Markdown introduction. */
  intro?: string;
  themes: Theme[];
  /** The narrative of "the other 90%", Markdown. */
  other?: string;
  body: string;
  span: Span;
  spans: Spans;
}

export interface Tenet {
  title: string;
  description?: string;
}

export interface Phase {
  title: string;
  /** ISO dates; a phase with only `end` runs until then. */
  start?: string;
  end?: string;
}

export interface Character {
  id: string;
  file: string;
  name: string;
  /** The Rust value the character stands for. */
  value: string;
  /** Markdown. */
  background: string;
  span: Span;
  spans: Spans;
}

export interface Source {
  title: string;
  url?: string;
}

export interface Story {
  id: string;
  file: string;
  title: string;
  kind: StoryKind;
  characters: string[];
  sources: Source[];
  /** Goals or initiatives this story motivates. */
  goals: string[];
  /** For shiny-future stories: the status-quo stories retold. */
  retells: string[];
  body: string;
  span: Span;
  spans: Spans;
}

export interface Vision {
  file?: string;
  title: string;
  /** "What is this", Markdown. */
  intro?: string;
  tenets: Tenet[];
  schedule: Phase[];
  characters: Character[];
  stories: Story[];
  body: string;
  span?: Span;
  spans: Spans;
}

/** A Markdown file as parsed: the tree and its text, for rules that read Markdown itself. */
export interface MarkdownDocument {
  file: string;
  text: string;
  lines: LineIndex;
  tree: Root;
  /** Offset where front matter content starts, if any. */
  frontmatterOffset?: number;
}

/** Any other Markdown page in the workspace: checked, and published as is. */
export interface Page {
  file: string;
  title: string;
  body: string;
}

/**
 * One entry of a book's own table of contents (mdBook's SUMMARY.md): a chapter that links to a
 * workspace file or elsewhere, a draft chapter with no link yet, or a part title over the
 * chapters that follow it.
 */
export interface NavNode {
  title: string;
  /** The workspace file the entry opens, when it links to one. */
  file?: string;
  /** A link to elsewhere (another site), kept as written. */
  url?: string;
  children: NavNode[];
}

/** The navigation a layout publishes as it is (the book's table of contents). */
export interface Navigation {
  /** The file it was read from (SUMMARY.md): a link to it opens the contents page. */
  file: string;
  entries: NavNode[];
}

export interface Workspace {
  root: string;
  layout: LayoutName;
  config: Config;
  items: Item[];
  periods: Period[];
  vision?: Vision;
  pages: Page[];
  /** The layout's own table of contents, when it keeps one (wg-async's SUMMARY.md). */
  navigation?: Navigation;
  documents: MarkdownDocument[];
  /** Every file path in the workspace, text or not: targets for link checks. */
  paths: Set<string>;
}
