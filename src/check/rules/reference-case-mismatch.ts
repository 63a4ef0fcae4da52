import { labelsOf } from "../reference-labels.js";
import { defineRule } from "../rule.js";

/** Whitespace-collapsed, case kept: what "the same label as written" means here. */
const written = (label: string) => label.replace(/\s+/g, " ").trim();

/**
 * CommonMark matches labels case-insensitively, so `[Owner]` finds `[owner]: …`. Seed 000 and the
 * wg-async corpus do this; it renders, but it is drift between two spellings that hides typos and
 * breaks tools that match exactly. A warning, not an error.
 */
export const referenceCaseMismatch = defineRule({
  id: "reference-case-mismatch",
  examples: [
    {
      title: "labels spelled alike",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md": "Ask an [Owner].\n\n[Owner]: ./notes.md\n",
      },
      expected: [],
    },
    {
      title: "labels that differ in case",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "| Deliverable | [Owner] |\n| --- | --- |\n| [Polish][] | x |\n\n[owner]: ./notes.md\n[polish]: ./notes.md\n",
      },
      expected: [
        "notes.md:1:17: Unexpected reference label `Owner`, expected `owner` as defined",
        "notes.md:3:3: Unexpected reference label `Polish`, expected `polish` as defined",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const doc of workspace.documents) {
      const { definitions, uses } = labelsOf(doc);
      const first = new Map<string, (typeof definitions)[number]>();
      for (const d of definitions) if (!first.has(d.identifier)) first.set(d.identifier, d);
      for (const use of uses) {
        const definition = use.defined ? first.get(use.identifier) : undefined;
        if (!definition || written(definition.label) === written(use.label)) continue;
        report({
          span: use.span,
          message: `Unexpected reference label \`${written(use.label)}\`, expected \`${written(definition.label)}\` as defined`,
          hint: "Spell the label as its definition does (or change the definition to match).",
          related: [{ span: definition.span, message: "defined here" }],
        });
      }
    }
  },
});
