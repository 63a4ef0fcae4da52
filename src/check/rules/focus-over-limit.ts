import {
  TRIAGE_EXAMPLE_CONFIG as config,
  reportTriageFindings,
} from "../report-triage-findings.js";
import { defineRule } from "../rule.js";

/**
 * Seed 003 keeps 3 to 5 focus issues at a time: more and the group's attention is spread thin. Counted from the triage area of the last `waymark sync`.
 */
export const focusOverLimit = defineRule({
  id: "focus-over-limit",
  examples: [
    {
      title: "focus within its limit",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"] },
        { key: "o/r#2", labels: ["A", "D"] },
      ],
      expected: [],
    },
    {
      title: "three focus issues where two are the most",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"] },
        { key: "o/r#2", labels: ["A", "F"], assignees: ["bob"] },
        { key: "o/r#3", labels: ["A", "F"], assignees: ["cy"] },
      ],
      expected: ["waymark.yaml:6:16: Unexpected 3 open focus issues (F), expected at most 2"],
    },
  ],
  check(context) {
    reportTriageFindings("focus-over-limit", context);
  },
});
