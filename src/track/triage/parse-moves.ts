import type { CachedArea } from "../cache/read-cache.js";
import type { LabelMove, MoveTarget } from "./plan-label-writes.js";

const TARGETS: Record<string, MoveTarget> = {
  focus: "focus",
  "on-deck": "on-deck",
  ondeck: "on-deck",
  other: "other",
};

export type ParsedMoves =
  | { ok: true; moves: LabelMove[] }
  | { ok: false; arg: string; expected: string };

/**
 * `--move` arguments (`123:focus`, `rust-lang/rust#123:on-deck`) as moves of open area issues.
 * A bare number must name exactly one open issue of the synced area.
 */
export function parseMoves(args: string[], area: CachedArea): ParsedMoves {
  const open = [...area.issues.values()].filter((i) => !i.leftAt).map((i) => i.facts.key);
  const moves: LabelMove[] = [];
  for (const arg of args) {
    const m = /^(?:([\w.-]+\/[\w.-]+)#)?(\d+):([a-z-]+)$/i.exec(arg.trim());
    const to = m && TARGETS[(m[3] as string).toLowerCase()];
    if (!m || !to)
      return {
        ok: false,
        arg,
        expected:
          "ISSUE:CLASS, like 123:focus or rust-lang/rust#123:on-deck (classes: focus, on-deck, other)",
      };
    const matches = open.filter((key) =>
      m[1] ? key.toLowerCase() === `${m[1]}#${m[2]}`.toLowerCase() : key.endsWith(`#${m[2]}`),
    );
    if (matches.length !== 1)
      return {
        ok: false,
        arg,
        expected: matches.length
          ? `one issue, not ${matches.join(" and ")}: write owner/repo#${m[2]}`
          : "an open issue of the triage area as of the last `waymark sync`",
      };
    moves.push({ issue: matches[0] as string, to });
  }
  return { ok: true, moves };
}
