import { defineRule } from "../rule.js";

/** States in which having no owner is expected rather than a gap. */
const OWNERLESS = new Set(["help-wanted", "done", "paused"]);

/**
 * A goal or initiative nobody owns, and that does not ask for help, is stuck without anyone
 * noticing: `state: help-wanted` is how the roadmap asks for an owner. Done and paused items are
 * exempt, because by definition nobody is driving them: seed 000 lists most of its paused (💤)
 * initiatives with an empty owner column, and finished work needs no driver.
 */
export const missingOwner = defineRule({
  id: "missing-owner",
  examples: [
    {
      title: "owned, help wanted, or paused",
      files: {
        "waymark.yaml": "group: { name: G }\npeople:\n  alice:\n",
        "goals/a.md": "---\ntitle: A\nstate: in-progress\nowners: alice\n---\n",
        "goals/b.md": "---\ntitle: B\nstate: help-wanted\n---\n",
        "goals/c.md": "---\ntitle: C\nstate: paused\n---\n",
      },
      expected: [],
    },
    {
      title: "in progress with nobody owning it",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "goals/a.md": "---\ntitle: A\nstate: in-progress\n---\n",
        "goals/a/b.md": "---\ntitle: B\nowners: []\n---\n",
      },
      expected: [
        "goals/a.md:3:8: Unexpected goal without owners, expected an owner or `state: help-wanted`",
        "goals/a/b.md:3:9: Unexpected initiative without owners, expected an owner or `state: help-wanted`",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const item of workspace.items) {
      if (item.owners.length || (item.state && OWNERLESS.has(item.state))) continue;
      report({
        span: item.spans.owners ?? item.spans.state ?? item.spans.title ?? item.span,
        message: `Unexpected ${item.kind} without owners, expected an owner or \`state: help-wanted\``,
        hint: "Add `owners: [handle]`, or set `state: help-wanted` to ask for one.",
      });
    }
  },
});
