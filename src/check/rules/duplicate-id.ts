import type { Span } from "../../diagnostics/diagnostic.js";
import { defineRule } from "../rule.js";

/**
 * Two goals, periods, characters or stories with one id: references to it become ambiguous.
 * People and teams share one namespace, since owners may name either. In adapted layouts ids come
 * from file names the authors never meant as ids, so a clash there is a warning.
 */
export const duplicateId = defineRule({
  id: "duplicate-id",
  examples: [
    {
      title: "two goals named alike",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "goals/a.md": "---\ntitle: A\n---\n",
        "goals/b.md": "---\nid: a\ntitle: B\n---\n",
      },
      expected: ["goals/b.md:2:5: Unexpected duplicate goal id `a`, expected ids to be unique"],
    },
  ],
  check({ workspace, report }) {
    // Spans are functions: a front matter's positions are made only for the duplicates reported.
    const groups: [string, { id: string; span: () => Span }[]][] = [
      ["goal", workspace.items.map((i) => ({ id: i.id, span: () => i.spans.id ?? i.span }))],
      ["period", workspace.periods.map((p) => ({ id: p.id, span: () => p.spans.id ?? p.span }))],
      [
        "character",
        (workspace.vision?.characters ?? []).map((c) => ({
          id: c.id,
          span: () => c.spans.id ?? c.span,
        })),
      ],
      [
        "story",
        (workspace.vision?.stories ?? []).map((s) => ({
          id: s.id,
          span: () => s.spans.id ?? s.span,
        })),
      ],
      [
        "person or team",
        [
          ...[...workspace.config.people.values()].map((p) => ({
            id: p.handle,
            span: () => p.span,
          })),
          ...[...workspace.config.teams.values()].map((t) => ({ id: t.id, span: () => t.span })),
        ],
      ],
    ];
    for (const [kind, entries] of groups) {
      const first = new Map<string, () => Span>();
      for (const { id, span } of entries) {
        const seen = first.get(id);
        if (!seen) {
          first.set(id, span);
          continue;
        }
        report({
          span: span(),
          message: `Unexpected duplicate ${kind} id \`${id}\`, expected ids to be unique`,
          hint: "Rename one of them, or set a distinct `id:` in its front matter.",
          related: [{ span: seen(), message: "first defined here" }],
        });
      }
    }
  },
});
