import { findPlaceholders } from "../../model/layouts/rust-project-goals/find-placeholders.js";
import {
  KNOWN_PLACEHOLDERS,
  readPlaceholder,
} from "../../model/layouts/rust-project-goals/placeholders.js";
import { defineRule } from "../rule.js";

const GOAL =
  "# A\n\n| Metadata | |\n| --- | --- |\n| Point of contact | @alice |\n| Status | Accepted |\n";

/**
 * The rust-project-goals book replaces each `(((…)))` placeholder with a table or list computed
 * from the goals; the site does the same from the model (src/render/slate/expand-placeholders.ts).
 * A placeholder neither knows (a typo, one the book added since) would be published as a note, so
 * the author hears of it here. Placeholders inside code are text, as the book leaves them.
 */
export const unknownPlaceholder = defineRule({
  id: "unknown-placeholder",
  examples: [
    {
      title: "placeholders the book generates, and one quoted as code",
      files: {
        "src/2026/a.md": GOAL,
        "src/2026/README.md":
          "# 2026\n\nWe have (((#GOALS))) goals.\n\n(((FLAGSHIP GOALS)))\n\n(((ROADMAP ROWS: Fast builds)))\n\nWrite `(((ANYTHING)))` in code.\n",
      },
      expected: [],
    },
    {
      title: "a misspelt placeholder and one with no argument",
      files: {
        "src/2026/a.md": GOAL,
        "src/2026/README.md": "# 2026\n\n(((FLAGSHIP GAOLS)))\n\nSee (((ROADMAP ROWS))) below.\n",
      },
      expected: [
        "src/2026/README.md:3:1: Unexpected placeholder `(((FLAGSHIP GAOLS)))`, expected one the rust-project-goals book generates",
        "src/2026/README.md:5:5: Unexpected placeholder `(((ROADMAP ROWS)))`, expected one the rust-project-goals book generates",
      ],
    },
  ],
  check({ workspace, report }) {
    if (workspace.layout !== "rust-project-goals") return;
    for (const doc of workspace.documents) {
      if (!doc.text.includes("(((")) continue;
      for (const p of findPlaceholders(doc.text, doc.tree)) {
        if (readPlaceholder(p.inside)) continue;
        report({
          span: doc.lines.span(doc.file, p.index, p.index + p.text.length),
          message: `Unexpected placeholder \`${p.text}\`, expected one the rust-project-goals book generates`,
          hint: `The site shows a note in its place. Known placeholders: ${KNOWN_PLACEHOLDERS.join(", ")}.`,
        });
      }
    }
  },
});
