import { normalizeHeading } from "../../model/markdown/sections.js";
import type { Theme } from "../../model/types.js";
import { defineRule } from "../rule.js";
import { unknownValue } from "../unknown-value.js";

const matches = (theme: Theme, value: string) =>
  theme.id === value || normalizeHeading(theme.title) === normalizeHeading(value);

/**
 * An item's theme is a flagship theme of its period, by id (or title, as imported layouts write
 * it). Items without a theme are fine: they belong to "the other 90%". An item whose period is
 * itself unknown is left to unknown-period.
 */
export const unknownTheme = defineRule({
  id: "unknown-theme",
  examples: [
    {
      title: "a theme of the item's period",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "periods/2024h2.md": "---\nthemes:\n  - { id: async, title: Async fn everywhere }\n---\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nperiod: 2024h2\ntheme: async\n---\n",
      },
      expected: [],
    },
    {
      title: "a theme the period does not have",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "periods/2024h2.md": "---\nthemes:\n  - { id: async, title: Async fn everywhere }\n---\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nperiod: 2024h2\ntheme: asyn\n---\n",
      },
      expected: [
        "goals/a.md:5:8: Unexpected theme `asyn`, expected a flagship theme of period `2024h2`",
      ],
    },
  ],
  check({ workspace, report }) {
    const periods = new Map(workspace.periods.map((p) => [p.id, p] as const));
    const declared = new Set(workspace.config.periods.map((p) => p.id));
    for (const item of workspace.items) {
      const { theme, period } = item;
      if (theme === undefined) continue;
      if (period !== undefined && !periods.has(period) && !declared.has(period)) continue;
      const themes =
        period === undefined
          ? workspace.periods.flatMap((p) => p.themes)
          : (periods.get(period)?.themes ?? []);
      if (themes.some((t) => matches(t, theme))) continue;
      report(
        unknownValue({
          span: item.spans.theme ?? item.span,
          noun: "theme",
          value: theme,
          known: themes.map((t) => t.id),
          expected: period
            ? `a flagship theme of period \`${period}\``
            : "a flagship theme of a period",
          fix: `add it to \`themes:\` in periods/${period ?? "<period>"}.md, or remove \`theme:\``,
        }),
      );
    }
  },
});
