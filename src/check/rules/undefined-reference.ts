import { closestMatch } from "../closest-match.js";
import { isImplicitLabel } from "../implicit-labels.js";
import { labelsOf } from "../reference-labels.js";
import { defineRule } from "../rule.js";

/**
 * `[text][label]`, `[label][]` or `[label]` with no `[label]: url` definition renders as the
 * literal brackets, silently: seed 003's WG page has `[uncategoried issues]`, a typo of the label
 * it defines. Escape brackets meant as plain text (`\[like this]`). Labels waymark.yaml's
 * `references:` define for every page, and those a layout's renderer defines itself (see
 * implicit-labels.ts), count as defined.
 */
export const undefinedReference = defineRule({
  id: "undefined-reference",
  examples: [
    {
      title: "defined labels, code, escapes, footnotes and task boxes",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "- [x] Review [issues][] and `a[0]`, \\[not a label], [^1] and [inline](https://example.org).\n\n[issues]: https://example.org/issues\n",
      },
      expected: [],
    },
    {
      title: "labels every page shares, from `references:` in waymark.yaml",
      files: {
        "waymark.yaml":
          "group: { name: G }\nreferences:\n  Help wanted: https://img.shields.io/badge/Help%20wanted-yellow\n",
        "notes.md": "Owner: ![Help wanted][], or see [help WANTED].\n",
      },
      expected: [],
    },
    {
      title: "a label used but never defined",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "- Review [uncategoried issues], assigning labels\n- See [the board][board]\n\n[uncategorized issues]: https://example.org/issues\n",
      },
      expected: [
        "notes.md:1:10: Unexpected reference to undefined label `uncategoried issues`, expected a definition `[uncategoried issues]: <url>`",
        "notes.md:2:7: Unexpected reference to undefined label `board`, expected a definition `[board]: <url>`",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const doc of workspace.documents) {
      const { definitions, uses } = labelsOf(doc);
      for (const use of uses) {
        if (use.defined || isImplicitLabel(workspace, use.identifier)) continue;
        const near = closestMatch(
          use.label,
          definitions.map((d) => d.label),
        );
        report({
          span: use.span,
          message: `Unexpected reference to undefined label \`${use.label}\`, expected a definition \`[${use.label}]: <url>\``,
          hint: near
            ? `Did you mean \`[${near}]\`? If not, add the definition, or escape the brackets (\`\\[…]\`) if they are plain text.`
            : "Add the definition, or escape the brackets (`\\[…]`) if they are plain text.",
        });
      }
    }
  },
});
