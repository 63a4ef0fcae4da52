import {
  TRIAGE_EXAMPLE_CONFIG as config,
  reportTriageFindings,
} from "../report-triage-findings.js";
import { defineRule } from "../rule.js";

/**
 * Fewer focus issues moving than the minimum: the group has room to promote from OnDeck. A focus issue stalled past the red mark does not count as moving. From the last `waymark sync`.
 */
export const focusUnderLimit = defineRule({
  id: "focus-under-limit",
  examples: [
    {
      title: "one focus issue moving, the minimum",
      files: { "waymark.yaml": config },
      area: [{ key: "o/r#1", labels: ["A", "F"], assignees: ["ann"], idleDays: 3 }],
      expected: [],
    },
    {
      title: "the only focus issue stalled red",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"], idleDays: 20 },
        { key: "o/r#2", labels: ["A", "D"] },
      ],
      expected: [
        "waymark.yaml:6:16: Unexpected 0 focus issues moving (1 open, 1 stalled), expected at least 1",
      ],
    },
  ],
  check(context) {
    reportTriageFindings("focus-under-limit", context);
  },
});
