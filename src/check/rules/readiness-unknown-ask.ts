import type { Workspace } from "../../model/types.js";
import { closestMatch } from "../closest-match.js";
import { goalsUnderReview, withParts } from "../readiness-scope.js";
import { defineRule } from "../rule.js";

const CONFIG =
  "group: { name: G }\npeople: { alice: }\nteams:\n  lang: { asks: [Design meeting, RFC decision, Stabilization decision] }\n  infra:\nperiods:\n  - { id: 2024h2, phases: { review: 2024-06-01, rfc: 2024-06-20 } }\n";
const GOAL = (teams: string) =>
  `---\ntitle: A\nperiod: 2024h2\nstatus: proposed\nowners: alice\nteams:\n${teams}---\n`;

/**
 * What a goal asks of a team is something the team says it can be asked: an entry of the team's
 * `asks:` in waymark.yaml, or of rust-project-goals.toml's `[team_asks]` in that layout. Teams
 * that list no asks accept any; asks with a support level (Small, Medium, Large) carry free notes.
 */
export const readinessUnknownAsk = defineRule({
  id: "readiness-unknown-ask",
  examples: [
    {
      title: "asks the team lists, and a team that lists none",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "goals/a.md": GOAL("  lang: Design meeting; RFC decision\n  infra: A new runner\n"),
      },
      expected: [],
    },
    {
      title: "an ask the team does not list",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "goals/a.md": GOAL("  lang: Design meetings\n"),
      },
      expected: [
        "goals/a.md:7:3: Unexpected ask `Design meetings` of team `lang`, expected one the team lists: Design meeting, RFC decision, Stabilization decision",
      ],
    },
  ],
  check({ workspace, review, report }) {
    for (const { goal } of goalsUnderReview(workspace, review)) {
      for (const ask of withParts(workspace, goal).flatMap((i) => i.asks)) {
        const catalogue = catalogueOf(workspace, ask.team);
        if (!catalogue?.length || ask.level) continue;
        const known = new Set(catalogue.map((a) => a.trim().toLowerCase()));
        for (const part of ask.ask.split(";").map((a) => a.trim())) {
          if (!part || known.has(part.toLowerCase())) continue;
          const near = closestMatch(part, catalogue);
          report({
            span: ask.span,
            message: `Unexpected ask \`${part}\` of team \`${ask.team}\`, expected one the team lists: ${catalogue.join(", ")}`,
            hint: near
              ? `Did you mean \`${near}\`?`
              : "Ask for one of the listed kinds of support and put the details in the goal's text, or ask the team to add it to its list.",
          });
        }
      }
    }
  },
});

/** The asks a team lists: its own in waymark.yaml, else the workspace's (rust-project-goals.toml). */
function catalogueOf(ws: Workspace, team: string): string[] | undefined {
  return ws.config.teams.get(team)?.asks ?? ws.config.teamAsks;
}
