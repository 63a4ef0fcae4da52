import type { Item, TeamAsk } from "../../model/types.js";
import { goalsUnderReview, withParts } from "../readiness-scope.js";
import { defineRule } from "../rule.js";

// A rust-project-goals checkout, with a waymark.yaml that dates the 2024h2 review.
const CONFIG =
  "group: { name: G }\nperiods:\n  - { id: 2024h2, phases: { review: 2024-06-01, rfc: 2024-06-20 } }\n";
const GOAL = (rows: string) =>
  `# A\n\n| Metadata | |\n| --- | --- |\n| Point of contact | @alice |\n| Status | Proposed |\n${rows}\n## Team asks\n\n| Team | Support level | Notes |\n| --- | --- | --- |\n| [lang] | Medium | Design meetings |\n| [compiler] | Small | Reviews |\n| [types] | Large | |\n`;

/** Support levels that ask for a dedicated person on the team (rust-project-goals' goal-format.md). */
const CHAMPIONED = new Set(["medium", "large"]);

/**
 * A team asked for more than routine support has a champion from that team (goal-format.md:
 * "Medium and Large team asks require a champion"). Where a goal records champions at all (an
 * imported goal's `extra.champions`), every team it asks needs one.
 */
export const readinessChampion = defineRule({
  id: "readiness-champion",
  examples: [
    {
      title: "a champion for each Medium and Large ask",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "src/2024h2/a.md": GOAL("| [lang] champion | @bob |\n| [types] champion | @carol |\n"),
      },
      expected: [],
    },
    {
      title: "Large asks of types without a champion",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "src/2024h2/a.md": GOAL("| [lang] champion | @bob |\n"),
      },
      expected: [
        "src/2024h2/a.md:15:3: Unexpected Large ask of team `types` without a champion, expected a `[types] champion` row",
      ],
    },
  ],
  check({ workspace, review, report }) {
    for (const { goal } of goalsUnderReview(workspace, review)) {
      const parts = withParts(workspace, goal);
      const champions = new Set(parts.flatMap((i) => Object.keys(championsOf(i) ?? {})));
      const recordsChampions = parts.some((i) => championsOf(i) !== undefined);
      const seen = new Set<string>();
      for (const ask of parts.flatMap((i) => i.asks)) {
        if (champions.has(ask.team) || seen.has(ask.team) || !needsChampion(ask, recordsChampions))
          continue;
        seen.add(ask.team);
        const level = ask.level ? `${ask.level} ask` : "ask";
        report({
          span: ask.span,
          message: `Unexpected ${level} of team \`${ask.team}\` without a champion, expected a \`[${ask.team}] champion\` row`,
          hint: `Add \`| [${ask.team}] champion | @handle |\` to the metadata table (in a native goal, \`extra: { champions: { ${ask.team}: handle } }\`); the goals team helps find one.`,
        });
      }
    }
  },
});

function needsChampion(ask: TeamAsk, recordsChampions: boolean): boolean {
  if (ask.level) return CHAMPIONED.has(ask.level.toLowerCase());
  return recordsChampions;
}

function championsOf(item: Item): Record<string, unknown> | undefined {
  const c = item.extra.champions;
  return c && typeof c === "object" && !Array.isArray(c)
    ? (c as Record<string, unknown>)
    : undefined;
}
