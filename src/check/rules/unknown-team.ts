import { defineRule } from "../rule.js";
import { unknownValue } from "../unknown-value.js";

/** An ask goes to a team declared in waymark.yaml, or nobody will ever see it. */
export const unknownTeam = defineRule({
  id: "unknown-team",
  examples: [
    {
      title: "a declared team",
      files: {
        "waymark.yaml": "group: { name: G }\nteams:\n  lang:\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nteams:\n  lang: Design meeting\n---\n",
      },
      expected: [],
    },
    {
      title: "an undeclared team",
      files: {
        "waymark.yaml": "group: { name: G }\nteams:\n  lang:\n  libs-api:\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nteams: [lang, libs]\n---\n",
      },
      expected: [
        "goals/a.md:4:15: Unexpected team `libs`, expected a team declared in waymark.yaml",
      ],
    },
  ],
  check({ workspace, report }) {
    const { teams } = workspace.config;
    if (workspace.layout !== "waymark" && teams.size === 0) return;
    for (const item of workspace.items) {
      for (const ask of item.asks) {
        if (teams.has(ask.team)) continue;
        report(
          unknownValue({
            span: ask.span,
            noun: "team",
            value: ask.team,
            known: teams.keys(),
            expected: "a team declared in waymark.yaml",
            fix: `add \`${ask.team}\` under \`teams:\` in waymark.yaml`,
          }),
        );
      }
    }
  },
});
