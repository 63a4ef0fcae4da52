import {
  TRIAGE_EXAMPLE_CONFIG as config,
  reportTriageFindings,
} from "../report-triage-findings.js";
import { defineRule } from "../rule.js";

/**
 * OnDeck holds about one page of issues (`on-deck-limit`, 25 by default); past that it stops being a short list to pick from. From the last `waymark sync`.
 */
export const onDeckOverLimit = defineRule({
  id: "on-deck-over-limit",
  examples: [
    {
      title: "OnDeck within its limit",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"] },
        { key: "o/r#2", labels: ["A", "D"] },
        { key: "o/r#3", labels: ["A", "O"] },
      ],
      expected: [],
    },
    {
      title: "two OnDeck issues where one is the limit",
      files: { "waymark.yaml": config },
      area: [
        { key: "o/r#1", labels: ["A", "F"], assignees: ["ann"] },
        { key: "o/r#2", labels: ["A", "D"] },
        { key: "o/r#3", labels: ["A", "D"] },
      ],
      expected: ["waymark.yaml:7:18: Unexpected 2 OnDeck issues (D), expected at most 1"],
    },
  ],
  check(context) {
    reportTriageFindings("on-deck-over-limit", context);
  },
});
