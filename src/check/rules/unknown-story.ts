import type { Story } from "../../model/types.js";
import { defineRule } from "../rule.js";
import { unknownValue, valueSpan } from "../unknown-value.js";

/**
 * A shiny-future story retells status-quo stories: `retells` names their ids. Naming another
 * shiny-future story is reported too, since the future is grounded only by the present it fixes.
 */
export const unknownStory = defineRule({
  id: "unknown-story",
  examples: [
    {
      title: "retelling a status-quo story",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/stories/status-quo/slow.md": "---\ntitle: Slow\nsources: [Interview]\n---\n",
        "vision/stories/shiny-future/fast.md": "---\ntitle: Fast\nretells: [slow]\n---\n",
      },
      expected: [],
    },
    {
      title: "retelling a missing story and a shiny-future one",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/stories/status-quo/slow.md": "---\ntitle: Slow\nsources: [Interview]\n---\n",
        "vision/stories/shiny-future/fast.md": "---\ntitle: Fast\nretells: [slo, faster]\n---\n",
        "vision/stories/shiny-future/faster.md": "---\ntitle: Faster\nretells: [slow]\n---\n",
      },
      expected: [
        "vision/stories/shiny-future/fast.md:3:11: Unexpected story `slo`, expected the id of a status-quo story",
        "vision/stories/shiny-future/fast.md:3:16: Unexpected shiny-future story `faster`, expected the id of a status-quo story",
      ],
    },
  ],
  check({ workspace, report }) {
    const stories = new Map<string, Story>();
    for (const story of workspace.vision?.stories ?? [])
      if (!stories.has(story.id)) stories.set(story.id, story);
    const statusQuo = [...stories.values()].filter((s) => s.kind === "status-quo").map((s) => s.id);
    for (const story of stories.values()) {
      story.retells.forEach((id, i) => {
        const target = stories.get(id);
        if (target?.kind === "status-quo") return;
        report(
          unknownValue({
            span: valueSpan(story.spans, "retells", i, story.span),
            noun: target ? "shiny-future story" : "story",
            value: id,
            known: statusQuo,
            expected: "the id of a status-quo story",
            fix: target
              ? "name the status-quo stories this one retells"
              : `create vision/stories/status-quo/${id}.md`,
          }),
        );
      });
    }
  },
});
