import { STATE_EMOJI, STATE_LABEL } from "../../../model/markdown/state.js";
import type { SlateStatus, State } from "../../../model/types.js";
import { useMemoMarkup } from "./memo-markup.js";

/** The seed's emoji, always with its word: visible, so readers who do not know the emoji know. */
export function StateBadge({ state }: { state?: State | null }) {
  return useMemoMarkup(Badge, state ?? "", { state });
}

function Badge({ state }: { state?: State | null }) {
  if (!state) return <span class="state state-none">Not set</span>;
  return (
    <span class={`state state-${state}`}>
      <span aria-hidden="true">{STATE_EMOJI[state]}</span> {STATE_LABEL[state]}
    </span>
  );
}

export const STATUS_LABEL: Record<SlateStatus, string> = {
  proposed: "Proposed",
  accepted: "Accepted",
  provisional: "Provisional",
  "not-accepted": "Not accepted",
};

/** Where a goal stands on its period's slate, as seed 001's shields do. */
export function StatusBadge({ status }: { status?: SlateStatus | null }) {
  if (!status) return <span class="status status-none">No status</span>;
  return <span class={`status status-${status}`}>{STATUS_LABEL[status]}</span>;
}

/** What each state means, after seed 000's legend. */
export const STATE_MEANING: Record<State, string> = {
  done: "Done.",
  "in-progress": "In progress: work is ongoing!",
  "help-wanted": "Help wanted: seeking an owner to pursue this.",
  paused: "Paused: waiting on other work before starting.",
};
