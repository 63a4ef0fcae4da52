import { defineRule } from "../rule.js";
import { unknownValue, valueSpan } from "../unknown-value.js";

/** A story motivates goals or initiatives by id; each item then lists the stories behind it. */
export const unknownGoal = defineRule({
  id: "unknown-goal",
  examples: [
    {
      title: "a story motivating an initiative",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "goals/async-fn.md": "---\ntitle: Async fn\nstate: help-wanted\n---\n",
        "goals/async-fn/closures.md": "---\ntitle: Closures\nstate: help-wanted\n---\n",
        "vision/stories/status-quo/a.md":
          "---\ntitle: A\nsources: [Interview]\ngoals: [closures]\n---\n",
      },
      expected: [],
    },
    {
      title: "a goal that does not exist",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "goals/async-fn.md": "---\ntitle: Async fn\nstate: help-wanted\n---\n",
        "vision/stories/status-quo/a.md":
          "---\ntitle: A\nsources: [Interview]\ngoals: [async-fns]\n---\n",
      },
      expected: [
        "vision/stories/status-quo/a.md:4:9: Unexpected goal `async-fns`, expected the id of a goal or initiative",
      ],
    },
  ],
  check({ workspace, report }) {
    const known = new Set(workspace.items.map((i) => i.id));
    for (const story of workspace.vision?.stories ?? []) {
      story.goals.forEach((goal, i) => {
        if (known.has(goal)) return;
        report(
          unknownValue({
            span: valueSpan(story.spans, "goals", i, story.span),
            noun: "goal",
            value: goal,
            known,
            expected: "the id of a goal or initiative",
            fix: "name an existing goal, or propose it with `waymark new goal`",
          }),
        );
      });
    }
  },
});
