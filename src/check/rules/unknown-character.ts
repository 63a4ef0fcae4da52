import { defineRule } from "../rule.js";
import { unknownValue, valueSpan } from "../unknown-value.js";

/** A story's characters are ids of vision/characters/ pages, so character pages can list them. */
export const unknownCharacter = defineRule({
  id: "unknown-character",
  examples: [
    {
      title: "a known character",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/characters/grace.md": "---\nname: Grace\nvalue: Performance\n---\n",
        "vision/stories/status-quo/a.md":
          "---\ntitle: A\ncharacters: grace\nsources: [Interview]\n---\n",
      },
      expected: [],
    },
    {
      title: "a character with no page",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "vision/characters/grace.md": "---\nname: Grace\nvalue: Performance\n---\n",
        "vision/stories/status-quo/a.md":
          "---\ntitle: A\ncharacters: [Grace, alan]\nsources: [Interview]\n---\n",
      },
      expected: [
        "vision/stories/status-quo/a.md:3:14: Unexpected character `Grace`, expected the id of a page under vision/characters/",
        "vision/stories/status-quo/a.md:3:21: Unexpected character `alan`, expected the id of a page under vision/characters/",
      ],
    },
  ],
  check({ workspace, report }) {
    const vision = workspace.vision;
    if (!vision) return;
    const known = new Set(vision.characters.map((c) => c.id));
    for (const story of vision.stories) {
      story.characters.forEach((character, i) => {
        if (known.has(character)) return;
        report(
          unknownValue({
            span: valueSpan(story.spans, "characters", i, story.span),
            noun: "character",
            value: character,
            known,
            expected: "the id of a page under vision/characters/",
            fix: `create vision/characters/${character}.md`,
          }),
        );
      });
    }
  },
});
