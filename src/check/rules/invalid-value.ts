import { fileSpan } from "../../diagnostics/diagnostic.js";
import { defineRule, type Finding } from "../rule.js";

/**
 * Values each valid on their own but not together, which the per-field schemas cannot see: a focus
 * limit whose minimum exceeds its maximum, progress beyond its total, a period ending before it
 * starts. The id is shared with the schema's per-field findings, since the fix is the same kind.
 * In adapted layouts the values are the corpus's own, so there they are warnings.
 */
export const invalidValue = defineRule({
  id: "invalid-value",
  examples: [
    {
      title: "consistent values",
      files: {
        "waymark.yaml":
          "group: { name: G }\nperiods:\n  - { id: 2024h2, start: 2024-07-01, end: 2024-12-31 }\ntriage:\n  repositories: [o/r]\n  area-label: A\n  labels: { focus: F, on-deck: D, other: O }\n  focus-limit: 3-5\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nprogress: 2/6\n---\n",
      },
      expected: [],
    },
    {
      title: "values that contradict each other",
      files: {
        "waymark.yaml":
          "group: { name: G }\nperiods:\n  - { id: 2024h2, start: 2024-12-31, end: 2024-07-01 }\ntriage:\n  repositories: [o/r]\n  area-label: A\n  labels: { focus: F, on-deck: D, other: O }\n  focus-limit: 5-3\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\nprogress: 7/6\n---\n",
      },
      expected: [
        "goals/a.md:4:11: Unexpected progress 7/6, expected at most 6 done of 6",
        "waymark.yaml:3:43: Unexpected period `2024h2` ending 2024-07-01, expected an end on or after its start 2024-12-31",
        "waymark.yaml:8:16: Unexpected focus limit 5-3, expected a minimum no larger than the maximum",
      ],
    },
  ],
  check({ workspace, report }) {
    const { config } = workspace;
    const at = (path: string) => config.spans[path] ?? fileSpan(config.file);
    const limit = config.triage?.focusLimit;
    if (limit && limit.min > limit.max)
      report({
        span: at("triage.focus-limit"),
        message: `Unexpected focus limit ${limit.min}-${limit.max}, expected a minimum no larger than the maximum`,
        hint: `Write the range low to high, like \`focus-limit: ${limit.max}-${limit.min}\`.`,
      });
    const periods = [
      ...config.periods.map((p, i) => ({ ...p, endSpan: () => at(`periods.${i}.end`) })),
      // A function: the front matter's positions are made only for a finding (spansFromRanges).
      ...workspace.periods.map((p) => ({ ...p, endSpan: () => p.spans.end ?? p.span })),
    ];
    for (const p of periods) {
      if (!p.start || !p.end || p.start <= p.end) continue;
      report({
        span: p.endSpan(),
        message: `Unexpected period \`${p.id}\` ending ${p.end}, expected an end on or after its start ${p.start}`,
        hint: "Swap or correct the dates.",
      });
    }
    for (const item of workspace.items) {
      const progress = item.progress;
      if (progress?.source !== "manual") continue;
      const finding = checkProgress(progress.done, progress.total);
      if (finding) report({ span: item.spans.progress ?? item.span, ...finding });
    }
  },
});

function checkProgress(done: number, total: number): Omit<Finding, "span"> | undefined {
  if (total === 0)
    return {
      message: `Unexpected progress ${done}/0, expected a total above 0`,
      hint: "Write progress as done/total, like `2/6`, or remove it to derive it from milestones.",
    };
  if (done > total)
    return {
      message: `Unexpected progress ${done}/${total}, expected at most ${total} done of ${total}`,
      hint: "Write progress as done/total, with done no larger than total.",
    };
  return undefined;
}
