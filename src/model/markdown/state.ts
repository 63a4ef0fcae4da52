import type { State } from "../types.js";

/** Seed 000's emoji and the words people write for them. */
const STATE_WORDS: [RegExp, State][] = [
  [/✅|☑️|✔️|\bdone\b|\bcomplete[d]?\b/i, "done"],
  [/🦀|⚒️|🔨|\bin[ -]progress\b|\bwip\b|\bactive\b|\bongoing\b/i, "in-progress"],
  [/✋|🙋|\bhelp[ -]wanted\b|\bowner needed\b/i, "help-wanted"],
  [/💤|\bpaused\b|\bblocked\b|\bnot started\b|\bdeferred\b/i, "paused"],
];

/** Reads a state from an emoji or a word; undefined when the text names none. */
export function parseState(text: string): State | undefined {
  for (const [pattern, state] of STATE_WORDS) if (pattern.test(text)) return state;
  return undefined;
}

export const STATE_EMOJI: Record<State, string> = {
  done: "✅",
  "in-progress": "🦀",
  "help-wanted": "✋",
  paused: "💤",
};

export const STATE_LABEL: Record<State, string> = {
  done: "Done",
  "in-progress": "In progress",
  "help-wanted": "Help wanted",
  paused: "Paused",
};
