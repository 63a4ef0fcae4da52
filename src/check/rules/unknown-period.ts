import { defineRule } from "../rule.js";
import { unknownValue } from "../unknown-value.js";

/** An item's period is one listed in waymark.yaml or one with a page under periods/. */
export const unknownPeriod = defineRule({
  id: "unknown-period",
  examples: [
    {
      title: "periods from the config and from a page",
      files: {
        "waymark.yaml": "group: { name: G }\nperiods:\n  - id: 2024h2\n",
        "periods/2025h1.md": "---\ntitle: 2025H1\n---\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nperiod: 2024h2\n---\n",
        "goals/b.md": "---\ntitle: B\nstate: help-wanted\nperiod: 2025h1\n---\n",
      },
      expected: [],
    },
    {
      title: "a period nobody declared",
      files: {
        "waymark.yaml": "group: { name: G }\nperiods:\n  - id: 2024h2\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nperiod: 2024H2\n---\n",
      },
      expected: [
        "goals/a.md:4:9: Unexpected period `2024H2`, expected a period from waymark.yaml or periods/",
      ],
    },
  ],
  check({ workspace, report }) {
    const known = new Set([
      ...workspace.config.periods.map((p) => p.id),
      ...workspace.periods.map((p) => p.id),
    ]);
    for (const item of workspace.items) {
      if (item.period === undefined || known.has(item.period)) continue;
      report(
        unknownValue({
          span: item.spans.period ?? item.span,
          noun: "period",
          value: item.period,
          known,
          expected: "a period from waymark.yaml or periods/",
          fix: `add \`- id: ${item.period}\` under \`periods:\` in waymark.yaml, or create periods/${item.period}.md`,
        }),
      );
    }
  },
});
