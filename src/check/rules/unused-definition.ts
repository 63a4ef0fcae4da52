import { labelsOf } from "../reference-labels.js";
import { defineRule } from "../rule.js";

/**
 * A definition nothing references is dead weight, and often the other half of a typo: seed 003
 * defines `[uncategorized issues]` but uses `[uncategoried issues]`. Of two definitions of one
 * label only the first counts (CommonMark), so the second is reported as unused. The shared
 * `references:` of waymark.yaml are for every page, so none of them is reported.
 */
export const unusedDefinition = defineRule({
  id: "unused-definition",
  examples: [
    {
      title: "every definition used",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "See [the repo][repo] and ![logo].\n\n[repo]: https://example.org\n[logo]: ./notes.md\n",
      },
      expected: [],
    },
    {
      title: "shared `references:` in waymark.yaml, which no one page has to use",
      files: {
        "waymark.yaml": "group: { name: G }\nreferences:\n  board: https://example.org/board\n",
        "notes.md": "Nothing here uses the board.\n",
      },
      expected: [],
    },
    {
      title: "a definition never used, and a repeated one",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "See [the repo][repo].\n\n[repo]: https://example.org\n[Repo]: https://example.org/2\n[z]: https://example.org/z\n",
      },
      expected: [
        "notes.md:4:1: Unexpected unused definition `[Repo]`, expected a reference to it",
        "notes.md:5:1: Unexpected unused definition `[z]`, expected a reference to it",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const doc of workspace.documents) {
      const { definitions, uses } = labelsOf(doc);
      const used = new Set(uses.filter((u) => u.defined).map((u) => u.identifier));
      const first = new Set<string>();
      for (const definition of definitions) {
        const isFirst = !first.has(definition.identifier);
        first.add(definition.identifier);
        if (isFirst && used.has(definition.identifier)) continue;
        report({
          span: definition.span,
          message: `Unexpected unused definition \`[${definition.label}]\`, expected a reference to it`,
          hint: isFirst
            ? `Remove the definition, or use it as \`[text][${definition.label}]\`.`
            : "Remove this definition: an earlier one with the same label takes precedence.",
        });
      }
    }
  },
});
