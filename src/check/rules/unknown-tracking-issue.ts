import { issueKey } from "../../track/forge.js";
import { defineRule } from "../rule.js";

const config = "group: { name: G }\n";

/**
 * An item's tracking issue exists and is visible with the sync's token. Only what the last
 * `waymark sync` saw is compared: before a sync nothing is reported.
 */
export const unknownTrackingIssue = defineRule({
  id: "unknown-tracking-issue",
  examples: [
    {
      title: "an issue the sync found",
      files: {
        "waymark.yaml": config,
        "goals/a.md": "---\ntitle: A\ntracking: acme/goals#1\n---\n",
      },
      synced: { "acme/goals#1": "open" },
      expected: [],
    },
    {
      title: "an issue that does not exist, or that the token cannot see",
      files: {
        "waymark.yaml": config,
        "goals/a.md": "---\ntitle: A\ntracking: acme/goals#404\n---\n",
      },
      synced: { "acme/goals#404": null },
      expected: [
        "goals/a.md:3:11: Unexpected tracking issue acme/goals#404, expected an issue that exists and the token can see",
      ],
    },
  ],
  check({ workspace, facts, report }) {
    for (const item of workspace.items) {
      if (!item.tracking) continue;
      const key = issueKey(item.tracking);
      const cached = facts.issues?.get(key);
      if (!cached || cached.facts !== null) continue;
      report({
        span: item.spans.tracking ?? item.span,
        message: `Unexpected tracking issue ${key}, expected an issue that exists and the token can see`,
        hint: "Fix the number or repository, or sync with a token that can read a private repository.",
      });
    }
  },
});
