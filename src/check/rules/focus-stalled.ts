import {
  TRIAGE_EXAMPLE_CONFIG as config,
  reportTriageFindings,
} from "../report-triage-findings.js";
import { defineRule } from "../rule.js";

/**
 * A focus issue that has not moved: a notice after `stall-days.yellow` days without activity (7 by default), a warning after `stall-days.red` (14), as triagebot marks activity. Judged as of the last `waymark sync`.
 */
export const focusStalled = defineRule({
  id: "focus-stalled",
  examples: [
    {
      title: "a focus issue with activity this week",
      files: { "waymark.yaml": config },
      area: [{ key: "o/r#1", labels: ["A", "F"], assignees: ["ann"], idleDays: 6 }],
      expected: [],
    },
    {
      title: "focus issues quiet for 9 and 20 days",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"], idleDays: 9 },
        { key: "o/r#2", labels: ["A", "F"], assignees: ["bob"], idleDays: 20 },
        { key: "o/r#3", labels: ["A", "D"], idleDays: 90 },
      ],
      expected: [
        "waymark.yaml:5:20: Unexpected 20 days without activity on focus issue o/r#2 (Issue 2), expected activity within 14",
        "waymark.yaml:5:20: Unexpected 9 days without activity on focus issue o/r#1 (Issue 1), expected activity within 7",
      ],
    },
  ],
  check(context) {
    reportTriageFindings("focus-stalled", context);
  },
});
