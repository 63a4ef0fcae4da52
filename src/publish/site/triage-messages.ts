import type { TriageClass } from "../../track/triage/classify-issue.js";
import type { LabelWrite } from "../../track/triage/plan-label-writes.js";

/** What the triage board's page says about a write: shown as text (never as HTML) by its script. */

const TITLES: Record<TriageClass, string> = {
  uncategorised: "Uncategorised",
  other: "Other",
  "on-deck": "OnDeck",
  focus: "Focus",
};

function changes(writes: LabelWrite[]): string {
  const of = (action: LabelWrite["action"]) =>
    writes.filter((w) => w.action === action).map((w) => w.label);
  const parts = [
    of("add").length ? `added ${of("add").join(", ")}` : "",
    of("remove").length ? `removed ${of("remove").join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "no label changed";
}

export const moved = (issue: string, to: TriageClass, writes: LabelWrite[]) =>
  writes.length
    ? `Moved ${issue} to ${TITLES[to]}: ${changes(writes)}.`
    : `${issue} is already in ${TITLES[to]}: no label changed.`;

export const undone = (issue: string, to: TriageClass, writes: LabelWrite[]) =>
  `Undone: ${issue} is back in ${TITLES[to]} (${changes(writes)}).`;

export const refused = (message: string, done: number, planned: number) =>
  done
    ? `GitHub refused a label change (${message}) after ${done} of ${planned} were made.`
    : `GitHub refused the label change: ${message}.`;

export const noToken = () =>
  "No GitHub token where waymark serve runs: set GITHUB_TOKEN or GH_TOKEN (or log in with `gh auth login`), then move the card again.";

export const badApi = (url: string, expected: string) =>
  `Unexpected API URL ${url}, expected ${expected}: fix --api-url or github.api in waymark.yaml.`;

export const noCache = () => "There is no sync cache: run `waymark sync`, then reload the board.";

export const notInArea = (issue: string) => ({
  ok: false,
  message: `${issue} is not an open issue of the triage area in the sync cache: run \`waymark sync\` and reload the board.`,
});

export const noUndo = () =>
  "That move can no longer be undone (the server was restarted, or it was undone already).";

export const badRequest = () =>
  'Unexpected request body, expected JSON such as {"issue": "owner/repo#1", "to": "focus"}.';

export const noBoard = () => "This workspace has no triage board (no `triage:` in waymark.yaml).";

export const readOnlyHost = (hostname: string) =>
  `Read-only: waymark serve listens on ${hostname}, not loopback, so the board does not write to GitHub.`;
