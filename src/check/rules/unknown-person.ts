import { fileSpan } from "../../diagnostics/diagnostic.js";
import { defineRule } from "../rule.js";
import { unknownValue, valueSpan } from "../unknown-value.js";

/**
 * Owners name a person or a team, and group leads name a person, declared in waymark.yaml. An
 * undeclared name is a typo or a missing entry, and status pages would link it nowhere. Adapted
 * layouts that carry no roster at all are not checked: every name would be "unknown".
 */
export const unknownPerson = defineRule({
  id: "unknown-person",
  examples: [
    {
      title: "declared owners and leads",
      files: {
        "waymark.yaml": "group:\n  name: G\n  leads: [alice]\npeople:\n  alice:\nteams:\n  lang:\n",
        "goals/a.md": "---\ntitle: A\nowners: [alice, lang]\n---\n",
      },
      expected: [],
    },
    {
      title: "an owner and a lead nobody declared",
      files: {
        "waymark.yaml":
          "group:\n  name: G\n  leads: [alice, bob]\npeople:\n  alice:\nteams:\n  lang:\n",
        "goals/a.md": "---\ntitle: A\nowners: [lang, alicia]\n---\n",
      },
      expected: [
        "goals/a.md:3:16: Unexpected owner `alicia`, expected a person or team declared in waymark.yaml",
        "waymark.yaml:3:18: Unexpected lead `bob`, expected a person declared under `people:`",
      ],
    },
  ],
  check({ workspace, report }) {
    const { people, teams, group, spans, file } = workspace.config;
    if (workspace.layout !== "waymark" && people.size + teams.size === 0) return;
    const known = [...people.keys(), ...teams.keys()];
    for (const item of workspace.items) {
      item.owners.forEach((owner, i) => {
        if (people.has(owner) || teams.has(owner)) return;
        report(
          unknownValue({
            span: valueSpan(item.spans, "owners", i, item.span),
            noun: "owner",
            value: owner,
            known,
            expected: "a person or team declared in waymark.yaml",
            fix: `add \`${owner}\` under \`people:\` or \`teams:\` in waymark.yaml`,
          }),
        );
      });
    }
    group.leads.forEach((lead, i) => {
      if (people.has(lead)) return;
      report(
        unknownValue({
          span: valueSpan(spans, "group.leads", i, fileSpan(file)),
          noun: "lead",
          value: lead,
          known: people.keys(),
          expected: "a person declared under `people:`",
          fix: `add \`${lead}\` under \`people:\``,
        }),
      );
    });
  },
});
