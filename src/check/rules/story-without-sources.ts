import { defineRule } from "../rule.js";

/**
 * Status-quo stories "are not fiction": each is an amalgam of real experiences reported in
 * interviews, posts and tweets (seed 004), so it names them. Shiny-future stories are exempt:
 * they are grounded by the status-quo stories they retell (see shiny-future-retells-nothing).
 */
export const storyWithoutSources = defineRule({
  id: "story-without-sources",
  examples: [
    {
      title: "a story with a source",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/stories/status-quo/a.md":
          "---\ntitle: A\nsources:\n  - { title: Interview, url: https://example.org }\n---\n",
      },
      expected: [],
    },
    {
      title: "a story with none",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/stories/status-quo/a.md": "---\ntitle: Alan tries a web server\n---\n",
      },
      expected: [
        "vision/stories/status-quo/a.md:2:8: Unexpected status-quo story without sources, expected at least one in `sources`",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const story of workspace.vision?.stories ?? []) {
      if (story.kind !== "status-quo" || story.sources.length) continue;
      report({
        span: story.spans.sources ?? story.spans.title ?? story.span,
        message: "Unexpected status-quo story without sources, expected at least one in `sources`",
        hint: "List the interviews, posts or tweets it rests on under `sources:`.",
      });
    }
  },
});
