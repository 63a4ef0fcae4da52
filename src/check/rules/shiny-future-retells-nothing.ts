import { defineRule } from "../rule.js";

/**
 * A shiny-future story tells how a status-quo story will go once the work is done; without
 * `retells` it floats free of any real problem, and the vision cannot link present to future.
 */
export const shinyFutureRetellsNothing = defineRule({
  id: "shiny-future-retells-nothing",
  examples: [
    {
      title: "a retelling",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/stories/status-quo/slow.md": "---\ntitle: Slow\nsources: [Interview]\n---\n",
        "vision/stories/shiny-future/fast.md": "---\ntitle: Fast\nretells: [slow]\n---\n",
      },
      expected: [],
    },
    {
      title: "a shiny future from nowhere",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/stories/shiny-future/fast.md": "---\ntitle: Fast\nretells: []\n---\n",
      },
      expected: [
        "vision/stories/shiny-future/fast.md:3:10: Unexpected shiny-future story that retells nothing, expected status-quo story ids in `retells`",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const story of workspace.vision?.stories ?? []) {
      if (story.kind !== "shiny-future" || story.retells.length) continue;
      report({
        span: story.spans.retells ?? story.spans.title ?? story.span,
        message:
          "Unexpected shiny-future story that retells nothing, expected status-quo story ids in `retells`",
        hint: "Add `retells: [<status-quo story id>]` naming the stories this one answers.",
      });
    }
  },
});
