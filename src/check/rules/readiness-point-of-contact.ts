import { goalsUnderReview } from "../readiness-scope.js";
import { defineRule } from "../rule.js";

const PERIOD = "---\nstart: 2024-07-01\nphases: { review: 2024-06-01, rfc: 2024-06-20 }\n---\n";

/**
 * Every proposed goal names its point of contact (rust-project-goals' about/poc.md): the one person
 * who posts updates. A goal without one can only be accepted as provisional.
 */
export const readinessPointOfContact = defineRule({
  id: "readiness-point-of-contact",
  examples: [
    {
      title: "a proposed goal with an owner",
      date: "2024-06-10",
      files: {
        "waymark.yaml": "group: { name: G }\npeople: { alice: }\n",
        "periods/2024h2.md": PERIOD,
        "goals/a.md": "---\ntitle: A\nperiod: 2024h2\nstatus: proposed\nowners: alice\n---\n",
      },
      expected: [],
    },
    {
      title: "a proposed goal nobody owns, while its slate is in review",
      date: "2024-06-10",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "periods/2024h2.md": PERIOD,
        "goals/a.md": "---\ntitle: A\nperiod: 2024h2\nstatus: proposed\nstate: help-wanted\n---\n",
      },
      expected: [
        "goals/a.md:2:8: Unexpected proposed goal without a point of contact, expected one owner who posts its updates",
      ],
    },
    {
      title: "the same goal once the review is over",
      date: "2024-06-25",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "periods/2024h2.md": PERIOD,
        "goals/a.md": "---\ntitle: A\nperiod: 2024h2\nstatus: proposed\nstate: help-wanted\n---\n",
      },
      expected: [],
    },
  ],
  check({ workspace, review, report }) {
    for (const { goal } of goalsUnderReview(workspace, review)) {
      if (goal.status !== "proposed" || goal.owners.length) continue;
      report({
        span: goal.spans.owners ?? goal.spans.title ?? goal.span,
        message:
          "Unexpected proposed goal without a point of contact, expected one owner who posts its updates",
        hint: "Name the point of contact in `owners:` (rust-project-goals: `| Point of contact | @handle |`); without one the goal can only be accepted as provisional.",
      });
    }
  },
});
