/**
 * The `(((…)))` placeholders of the rust-project-goals book: its mdBook preprocessor replaces each
 * with a table or list computed from the goals (the goal lists of a period, team asks, champions,
 * funding, roadmaps, highlights). Waymark reads them here, so the site can expand them from the
 * model and `check` can name those it does not know.
 */
export type Placeholder =
  /** `(((#GOALS)))`: how many goals the period has, inline. */
  | { kind: "goal-count" }
  /** A table of goals: all, flagship, the others, not accepted, or those of one size. */
  | { kind: "goals"; which: GoalSelection }
  /** `(((GOAL CHAPTERS)))`: a list of links to every goal's page. */
  | { kind: "goal-chapters" }
  | { kind: "champions" }
  | { kind: "team-asks" }
  /** `(((GOALS WITH NEEDS: Contributor)))`: the goals whose `Needs` row names it. */
  | { kind: "needs"; need: string }
  | { kind: "highlight-table"; name: string }
  | { kind: "highlight-credits"; name: string }
  | { kind: "roadmap-rows"; name: string }
  | { kind: "roadmaps" }
  | { kind: "roadmap-chapters" }
  | { kind: "funding-legend" }
  | { kind: "funding"; by: "goal" | "poc" }
  | { kind: "funding-table"; name: string }
  /** `(((VALID TEAM ASKS)))`: rust-project-goals.toml's catalogue, which the model does not keep. */
  | { kind: "valid-team-asks" };

export type GoalSelection = "all" | "flagship" | "other" | "not-accepted" | Size;
export type Size = "large" | "medium" | "small";

/** A placeholder as written: `(((NAME)))` or `(((NAME: argument)))`, on one line. */
export const PLACEHOLDER = /\(\(\(([^()\n]+)\)\)\)/g;

const FIXED: Record<string, Placeholder> = {
  "#GOALS": { kind: "goal-count" },
  GOALS: { kind: "goals", which: "all" },
  "FLAGSHIP GOALS": { kind: "goals", which: "flagship" },
  "OTHER GOALS": { kind: "goals", which: "other" },
  "GOALS NOT ACCEPTED": { kind: "goals", which: "not-accepted" },
  "LARGE GOALS": { kind: "goals", which: "large" },
  "MEDIUM GOALS": { kind: "goals", which: "medium" },
  "SMALL GOALS": { kind: "goals", which: "small" },
  "GOAL CHAPTERS": { kind: "goal-chapters" },
  CHAMPIONS: { kind: "champions" },
  "TEAM ASKS": { kind: "team-asks" },
  ROADMAPS: { kind: "roadmaps" },
  "ROADMAP CHAPTERS": { kind: "roadmap-chapters" },
  "FUNDING LEGEND": { kind: "funding-legend" },
  "FUNDING TABLE GROUPED BY GOAL": { kind: "funding", by: "goal" },
  "FUNDING TABLE GROUPED BY POC": { kind: "funding", by: "poc" },
  "VALID TEAM ASKS": { kind: "valid-team-asks" },
};

const WITH_ARGUMENT: Record<string, (arg: string) => Placeholder> = {
  "GOALS WITH NEEDS": (need) => ({ kind: "needs", need }),
  "HIGHLIGHT TABLE": (name) => ({ kind: "highlight-table", name }),
  "HIGHLIGHT CREDITS": (name) => ({ kind: "highlight-credits", name }),
  "ROADMAP ROWS": (name) => ({ kind: "roadmap-rows", name }),
  "FUNDING TABLE": (name) => ({ kind: "funding-table", name }),
};

/** Every placeholder the book knows, as written (`(((ROADMAP ROWS: …)))` for those with an argument). */
export const KNOWN_PLACEHOLDERS: readonly string[] = [
  ...Object.keys(FIXED).map((name) => `(((${name})))`),
  ...Object.keys(WITH_ARGUMENT).map((name) => `(((${name}: …)))`),
];

/** What a placeholder's inside (`FLAGSHIP GOALS`, `ROADMAP ROWS: Fast Builds`) asks for. */
export function readPlaceholder(inside: string): Placeholder | undefined {
  const name = inside.trim();
  const fixed = FIXED[name.toUpperCase()];
  if (fixed && Object.hasOwn(FIXED, name.toUpperCase())) return fixed;
  const colon = name.indexOf(":");
  if (colon < 0) return undefined;
  const head = name.slice(0, colon).trim().toUpperCase();
  const arg = name.slice(colon + 1).trim();
  return Object.hasOwn(WITH_ARGUMENT, head) && arg ? WITH_ARGUMENT[head]!(arg) : undefined;
}
