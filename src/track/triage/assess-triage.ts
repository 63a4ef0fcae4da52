import type { Triage } from "../../model/types.js";
import type { CachedArea } from "../cache/read-cache.js";
import type { AreaIssue } from "../forge.js";
import {
  type Classification,
  classifyIssue,
  TRIAGE_CLASSES,
  type TriageClass,
} from "./classify-issue.js";
import { type Score, scoreCandidate } from "./score-candidate.js";

export const DEFAULT_STALL_DAYS = { yellow: 7, red: 14 } as const;

export interface TriagedIssue extends AreaIssue, Classification {
  /** Whole days since the last activity, as of the report's date. */
  idleDays: number;
  /** Focus issues only: yellow or red after the configured days without activity. */
  stall?: "yellow" | "red";
}

export interface Suggestion {
  issue: TriagedIssue;
  from: TriageClass;
  to: TriageClass;
  /** Why a move is due at all (the slot), the same for every candidate of one kind. */
  reason: string;
  score: Score;
}

export interface TriageReport {
  /** The day the report is for (`--date`, else today), YYYY-MM-DD. */
  date: string;
  piles: Record<TriageClass, TriagedIssue[]>;
  limits: {
    focus: { count: number; active: number; min: number; max: number };
    onDeck: { count: number; limit: number };
  };
  stallDays: { yellow: number; red: number };
  unassigned: TriagedIssue[];
  stalled: TriagedIssue[];
  /** Focus issues that closed or lost the area label since `since`. */
  leftFocus: AreaIssue[];
  suggestions: Suggestion[];
}

export interface AssessOptions {
  date: Date;
  /** Roadmap items linking each issue (the score's goal part). */
  linked?: ReadonlyMap<string, string[]>;
  /** Focus issues that left after this instant count as freed slots: the last applied run. */
  since?: string;
}

const DAY = 86_400_000;
const byScore = (a: Suggestion, b: Suggestion) =>
  b.score.total - a.score.total || a.issue.key.localeCompare(b.issue.key);

/**
 * The focus system's state on a date, from the cached area: the four piles, the limits, stall
 * marks, and the moves seed 003's meeting would make. Pure, so `triage`, its check rules and the
 * agenda agree. Suggestions are idempotent: once applied, the same data suggests nothing more.
 *
 * - OnDeck→Focus fills the Focus issues still moving (not red-stalled) up to the minimum, plus one
 *   per focus issue that closed since the last applied run, never past the maximum.
 * - Other→OnDeck refills OnDeck up to its limit, counting the issues promoted from it.
 */
export function assessTriage(
  triage: Triage,
  area: CachedArea,
  options: AssessOptions,
): TriageReport {
  const stallDays = triage.stallDays ?? DEFAULT_STALL_DAYS;
  const { date } = options;
  const piles = Object.fromEntries(TRIAGE_CLASSES.map((c) => [c, [] as TriagedIssue[]])) as Record<
    TriageClass,
    TriagedIssue[]
  >;
  const leftFocus: AreaIssue[] = [];
  for (const cached of area.issues.values()) {
    const facts = cached.facts;
    const classification = classifyIssue(facts.labels, triage.labels);
    if (cached.leftAt) {
      const recent = !options.since || cached.leftAt > options.since;
      if (classification.class === "focus" && recent) leftFocus.push(facts);
      continue;
    }
    const last = Math.max(Date.parse(facts.updatedAt), Date.parse(facts.createdAt));
    const idleDays = Math.max(0, Math.floor((date.getTime() - last) / DAY));
    const issue: TriagedIssue = { ...facts, ...classification, idleDays };
    if (issue.class === "focus") {
      if (idleDays >= stallDays.red) issue.stall = "red";
      else if (idleDays >= stallDays.yellow) issue.stall = "yellow";
    }
    piles[issue.class].push(issue);
  }
  for (const pile of Object.values(piles)) pile.sort((a, b) => a.key.localeCompare(b.key));
  const { min, max } = triage.focusLimit;
  const focus = piles.focus;
  const active = focus.filter((i) => i.stall !== "red").length;
  const score = (issue: TriagedIssue) =>
    scoreCandidate(issue, date, options.linked?.get(issue.key) ?? []);

  const below = Math.max(0, min - active);
  const focusSlots = Math.max(0, Math.min(below + leftFocus.length, max - focus.length));
  const focusReason = [
    below && `${active} focus issue${active === 1 ? "" : "s"} moving, below the minimum of ${min}`,
    leftFocus.length &&
      `${leftFocus.length} focus issue${leftFocus.length === 1 ? "" : "s"} closed`,
  ]
    .filter(Boolean)
    .join("; ");
  const promote = piles["on-deck"]
    .map(
      (issue) =>
        ({
          issue,
          from: "on-deck",
          to: "focus",
          reason: focusReason,
          score: score(issue),
        }) as Suggestion,
    )
    .sort(byScore)
    .slice(0, focusSlots);
  const onDeckAfter = piles["on-deck"].length - promote.length;
  const onDeckSlots = Math.max(0, triage.onDeckLimit - onDeckAfter);
  const refill = piles.other
    .map(
      (issue) =>
        ({
          issue,
          from: "other",
          to: "on-deck",
          reason: `OnDeck holds ${onDeckAfter} of ${triage.onDeckLimit}`,
          score: score(issue),
        }) as Suggestion,
    )
    .sort(byScore)
    .slice(0, onDeckSlots);

  return {
    date: date.toISOString().slice(0, 10),
    piles,
    limits: {
      focus: { count: focus.length, active, min, max },
      onDeck: { count: piles["on-deck"].length, limit: triage.onDeckLimit },
    },
    stallDays: { ...stallDays },
    unassigned: focus.filter((i) => i.assignees.length === 0),
    stalled: focus.filter((i) => i.stall),
    leftFocus: leftFocus.sort((a, b) => a.key.localeCompare(b.key)),
    suggestions: [...promote, ...refill],
  };
}
