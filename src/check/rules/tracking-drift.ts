import { issueKey } from "../../track/forge.js";
import { defineRule } from "../rule.js";

const config = "group: { name: G }\n";

/**
 * An item and its tracking issue agree on whether the work is finished: a closed issue means a
 * done item, and a done item a closed issue. Read from the last sync, so `waymark sync` first.
 */
export const trackingDrift = defineRule({
  id: "tracking-drift",
  examples: [
    {
      title: "an item and its issue that agree",
      files: {
        "waymark.yaml": config,
        "goals/a.md": "---\ntitle: A\nstate: done\ntracking: acme/goals#1\n---\n",
        "goals/b.md": "---\ntitle: B\nstate: in-progress\ntracking: acme/goals#2\n---\n",
      },
      synced: { "acme/goals#1": "closed", "acme/goals#2": "open" },
      expected: [],
    },
    {
      title: "a closed issue on an unfinished item, and an open one on a done item",
      files: {
        "waymark.yaml": config,
        "goals/a.md": "---\ntitle: A\nstate: in-progress\ntracking: acme/goals#1\n---\n",
        "goals/b.md": "---\ntitle: B\nstate: done\ntracking: acme/goals#2\n---\n",
      },
      synced: { "acme/goals#1": "closed", "acme/goals#2": "open" },
      expected: [
        "goals/a.md:3:8: Unexpected state `in-progress` with tracking issue acme/goals#1 closed, expected `done`",
        "goals/b.md:3:8: Unexpected open tracking issue acme/goals#2 on a done item, expected it closed",
      ],
    },
  ],
  check({ workspace, facts, report }) {
    for (const item of workspace.items) {
      if (!item.tracking || !item.state) continue;
      const key = issueKey(item.tracking);
      const issue = facts.issues?.get(key)?.facts;
      if (!issue || (issue.state === "closed") === (item.state === "done")) continue;
      const span = item.spans.state ?? item.span;
      if (issue.state === "closed") {
        report({
          span,
          message: `Unexpected state \`${item.state}\` with tracking issue ${key} closed, expected \`done\``,
          hint: `Set \`state: done\` if the work is finished, or reopen ${key}.`,
        });
      } else {
        report({
          span,
          message: `Unexpected open tracking issue ${key} on a done item, expected it closed`,
          hint: `Close ${key} on GitHub, or set the item's state back if work remains.`,
        });
      }
    }
  },
});
