import {
  TRIAGE_EXAMPLE_CONFIG as config,
  reportTriageFindings,
} from "../report-triage-findings.js";
import { defineRule } from "../rule.js";

/**
 * Every focus issue has someone on it; seed 003: "If these are unassigned, we will try to assign them." From the last `waymark sync`.
 */
export const focusUnassigned = defineRule({
  id: "focus-unassigned",
  examples: [
    {
      title: "an assigned focus issue, and an unassigned OnDeck one",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"] },
        { key: "o/r#2", labels: ["A", "D"] },
      ],
      expected: [],
    },
    {
      title: "a focus issue nobody is assigned to",
      files: { "waymark.yaml": config },
      area: [{ key: "o/r#7", labels: ["A", "F"] }],
      expected: [
        "waymark.yaml:5:20: Unexpected unassigned focus issue o/r#7 (Issue 7), expected an assignee",
      ],
    },
  ],
  check(context) {
    reportTriageFindings("focus-unassigned", context);
  },
});
