import type { Triage } from "../../model/types.js";
import { classifyIssues, type TriageClass } from "../../track/triage/classify-issue.js";
import { focusSearchUrl, uncategorisedSearchUrl } from "../site/triage-links.js";
import { mdLink, mdText } from "./markdown-text.js";

/** What the triage agenda needs of an issue of the area (the sync's cached area issues fit). */
export interface AgendaIssue {
  key: string;
  title: string;
  url: string;
  labels: readonly string[];
  assignees: readonly string[];
  /** Last activity, ISO 8601. */
  updatedAt: string;
}

export interface TriageAgendaOptions {
  /** The meeting's date, YYYY-MM-DD: activity ages are counted to it. */
  date: string;
  title: string;
  /** When the issues were fetched, ISO 8601; undefined before the first sync of the area. */
  asOf?: string;
  /** Days without activity after which a focus issue is marked 🟡 and 🔴 (triagebot's 7 and 14). */
  stallDays?: { warn: number; stalled: number };
  /** Candidates listed under each promotion step. */
  candidates?: number;
}

/** Seed 003's four steps, each with the pile it reviews. */
const STEP_PILES: TriageClass[] = ["uncategorised", "focus", "on-deck", "other"];

/**
 * The triage meeting's agenda as Markdown for HackMD or Zulip: the configured steps (seed 003's
 * four), each filled with the issues it concerns. Every line that names an issue links to it, and
 * each step's heading to the live GitHub search behind it.
 */
export function triageAgenda(
  triage: Triage,
  issues: readonly AgendaIssue[],
  options: TriageAgendaOptions,
): string {
  const piles = classifyIssues(issues, triage.labels);
  const stall = options.stallDays ?? { warn: 7, stalled: 14 };
  const quiet = (i: AgendaIssue) => daysSince(i.updatedAt, options.date);
  const byQuiet = (list: AgendaIssue[]) =>
    [...list].sort((a, b) => quiet(b) - quiet(a) || a.key.localeCompare(b.key));
  const byActivity = (list: AgendaIssue[]) =>
    [...list].sort((a, b) => quiet(a) - quiet(b) || a.key.localeCompare(b.key));
  const line = (i: AgendaIssue, extra: string) =>
    `- ${mdLink(`${i.key}`, i.url)} ${mdText(i.title)}${extra}`;
  const who = (i: AgendaIssue) =>
    i.assignees.length
      ? ` — ${i.assignees.map((a) => mdText(`@${a}`)).join(", ")}`
      : " — unassigned";
  const limit = triage.focusLimit;
  const count = (n: number) => (n === 1 ? "1 issue" : `${n} issues`);
  const n = options.candidates ?? 5;

  const bodies: Record<TriageClass, string[]> = {
    uncategorised: byActivity(piles.uncategorised).map((i) =>
      line(i, `${who(i)}, active ${ago(quiet(i))}`),
    ),
    focus: byQuiet(piles.focus).map((i) => {
      const d = quiet(i);
      const mark = d >= stall.stalled ? " 🔴 stalled" : d >= stall.warn ? " 🟡" : "";
      return line(i, `${who(i)}, active ${ago(d)}${mark}`);
    }),
    "on-deck": [
      `Focus holds ${count(piles.focus.length)}, for ${limit.min}–${limit.max}; the most active on deck:`,
      ...byActivity(piles["on-deck"])
        .slice(0, n)
        .map((i) => line(i, `${who(i)}, active ${ago(quiet(i))}`)),
    ],
    other: [
      `On deck holds ${count(piles["on-deck"].length)}, for about ${triage.onDeckLimit}; the most active of the others:`,
      ...byActivity(piles.other)
        .slice(0, n)
        .map((i) => line(i, `${who(i)}, active ${ago(quiet(i))}`)),
    ],
  };
  const search: Record<TriageClass, string> = {
    uncategorised: uncategorisedSearchUrl(triage),
    focus: focusSearchUrl(triage, triage.labels.focus),
    "on-deck": focusSearchUrl(triage, triage.labels.onDeck),
    other: focusSearchUrl(triage, triage.labels.other),
  };
  const steps = STEP_PILES.map((pile, i) => {
    const text = triage.agenda[i] ?? DEFAULT_STEPS[i]!;
    const list = bodies[pile];
    const empty = pile === "uncategorised" || pile === "focus" ? list.length === 0 : false;
    return [
      `## ${i + 1}. ${text} (${mdLink("search", search[pile])})`,
      "",
      ...(empty ? ["Nothing to review."] : list),
    ].join("\n");
  });
  const source = options.asOf
    ? `Issues as of ${options.asOf.slice(0, 16).replace("T", " ")} UTC (\`waymark sync\`).`
    : "No issues synced yet: run `waymark sync` for the lists.";
  return `# ${mdText(options.title)}, ${options.date}\n\n${source}\n\n${steps.join("\n\n")}\n`;
}

const DEFAULT_STEPS = [
  "Review uncategorised issues, assigning a focus label",
  "Review focus issues to check we are making progress",
  "Promote issues from on deck to focus as needed",
  "Promote issues from other to on deck as needed",
];

function daysSince(iso: string, date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`) - Date.parse(iso);
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 86_400_000)) : 0;
}

function ago(days: number): string {
  return days === 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
}
