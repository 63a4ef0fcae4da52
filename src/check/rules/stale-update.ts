import { describeEvery } from "../../model/update-every.js";
import { issueKey } from "../../track/forge.js";
import { updateStatus } from "../../track/updates/update-status.js";
import { defineRule } from "../rule.js";

const config = "group: { name: G }\npeople: { alice: {}, bob: {} }\nupdates: { every: 2 weeks }\n";

/**
 * Owners post an update on the tracking issue within the item's cadence. Judged on the comments
 * the last `waymark sync` read and at that sync's date, so nothing is reported before a sync, for
 * an item whose issue the cache does not hold, or for an item without a cadence.
 */
export const staleUpdate = defineRule({
  id: "stale-update",
  examples: [
    {
      title: "updates within the cadence, and an item with its own",
      files: {
        "waymark.yaml": config,
        "goals/a.md": "---\ntitle: A\nowners: alice\ntracking: acme/goals#1\n---\n",
        "goals/b.md":
          "---\ntitle: B\nowners: bob\ntracking: acme/goals#2\nupdate-every: 4 weeks\n---\n",
      },
      synced: { "acme/goals#1": "open", "acme/goals#2": "open" },
      comments: {
        "acme/goals#1": [
          ["carol", "2026-08-20", "Any news?"],
          ["alice", "2026-08-25", "Parser merged; the docs are next."],
        ],
        "acme/goals#2": [
          ["carol", "2026-08-10", "TL;DR: bob is on leave, work resumes in September."],
        ],
      },
      expected: [],
    },
    {
      title: "an update older than the cadence, and an issue with none since it was opened",
      files: {
        "waymark.yaml": config,
        "goals/a.md": "---\ntitle: A\nowners: alice\ntracking: acme/goals#1\n---\n",
        "goals/b.md":
          "---\ntitle: B\nowners: bob\ntracking: acme/goals#2\nupdate-every: weekly\n---\n",
        "goals/c.md": "---\ntitle: C\nowners: bob\nstate: paused\ntracking: acme/goals#3\n---\n",
      },
      synced: { "acme/goals#1": "open", "acme/goals#2": "open", "acme/goals#3": "open" },
      comments: {
        "acme/goals#1": [
          ["alice", "2026-08-01", "TL;DR: tests landing."],
          ["carol", "2026-08-20", "Any news?"],
        ],
      },
      expected: [
        "goals/a.md:4:11: Unexpected last update on acme/goals#1 on 2026-08-01, expected one every 2 weeks (due 2026-08-15)",
        "goals/b.md:5:15: Unexpected no update on acme/goals#2 since it was opened on 2026-07-01, expected one every week (due 2026-07-08)",
      ],
    },
  ],
  check({ workspace, facts, report }) {
    if (!facts.issues) return;
    for (const item of workspace.items) {
      if (!item.tracking) continue;
      const key = issueKey(item.tracking);
      const cached = facts.issues.get(key);
      const status = updateStatus(item, cached, workspace.config);
      if (!status?.stale || status.everyDays === undefined) continue;
      const last = status.updates.at(-1);
      const opened = cached?.facts?.createdAt;
      const what = last
        ? `last update on ${key} on ${last.date.slice(0, 10)}`
        : `no update on ${key}${opened ? ` since it was opened on ${opened.slice(0, 10)}` : ""}`;
      const due = status.due ? ` (due ${status.due})` : "";
      const url = cached?.facts?.url ?? key;
      report({
        span: item.spans["update-every"] ?? item.spans.tracking ?? item.span,
        message: `Unexpected ${what}, expected one ${describeEvery(status.everyDays)}${due}`,
        hint: `Post an update on ${url} (a comment by an owner, or one with the update marker), then run \`waymark sync\`; or set \`update-every:\` for a different cadence.`,
      });
    }
  },
});
