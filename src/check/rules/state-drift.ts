import type { Related } from "../../diagnostics/diagnostic.js";
import type { Item, Progress } from "../../model/types.js";
import { defineRule, type Finding } from "../rule.js";

const MILESTONES = "## Milestones\n\n| Milestone | State |\n| --- | --- |\n";
const ratio = (p: Progress) => `${p.done}/${p.total}`;

/**
 * A goal's state, its progress and its milestones are written by hand in different places, and
 * they drift: done but below 100%, every milestone done but still in progress, and the like.
 * Each finding names both sides (the second as a related place). Milestone tables without a
 * state column say nothing about progress, so they are not compared.
 */
export const stateDrift = defineRule({
  id: "state-drift",
  examples: [
    {
      title: "state, progress and milestones that agree",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "goals/a.md": `---\ntitle: A\nstate: done\nprogress: 2/2\n---\n\n${MILESTONES}| RFC | ✅ |\n| Ship | ✅ |\n`,
        "goals/b.md": `---\ntitle: B\nstate: help-wanted\n---\n\n${MILESTONES}| RFC | ✅ |\n| Ship | 💤 |\n`,
      },
      expected: [],
    },
    {
      title: "four kinds of drift",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "goals/a.md": "---\ntitle: A\nstate: done\nprogress: 2/6\n---\n",
        "goals/b.md": `---\ntitle: B\nstate: help-wanted\n---\n\n${MILESTONES}| RFC | ✅ |\n| Ship | ✅ |\n`,
        "goals/c.md": `---\ntitle: C\nstate: done\n---\n\n${MILESTONES}| RFC | ✅ |\n| Ship | 🦀 |\n`,
        "goals/d.md": `---\ntitle: D\nstate: help-wanted\nprogress: 1/3\n---\n\n${MILESTONES}| RFC | ✅ |\n| Ship | ✅ |\n| Docs | 💤 |\n`,
      },
      expected: [
        "goals/a.md:4:11: Unexpected progress 2/6 on a done goal, expected 6/6",
        "goals/b.md:3:8: Unexpected state `help-wanted` with every milestone done, expected `done`",
        "goals/c.md:11:3: Unexpected milestone `Ship` in state `in-progress` on a done goal, expected `done`",
        "goals/d.md:4:11: Unexpected progress 1/3, expected 2/3 as the milestones say",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const item of workspace.items) {
      // wg-async items whose hand-written overview row is compared by the `drift` rule: one
      // disagreement, one finding, reported where the overview says it.
      if (item.extra.overview) continue;
      for (const finding of drift(item)) report(finding);
    }
  },
});

function drift(item: Item): Finding[] {
  const out: Finding[] = [];
  // Functions, not values: the front matter's positions are made only for a finding (spansFromRanges).
  const state = (): Related => ({
    span: item.spans.state ?? item.span,
    message: `the state is \`${item.state}\` here`,
  });
  const progressSpan = () => item.spans.progress ?? item.span;
  const { milestones } = item;
  const stated = milestones.some((m) => m.state !== undefined);
  const done = milestones.filter((m) => m.state === "done").length;
  const table: Related[] = milestones[0]
    ? [{ span: milestones[0].span, message: `the milestones say ${done}/${milestones.length}` }]
    : [];
  const manual = item.progress?.source === "manual" ? item.progress : undefined;
  if (item.state === "done") {
    if (manual && manual.total > 0 && manual.done < manual.total)
      out.push({
        span: progressSpan(),
        message: `Unexpected progress ${ratio(manual)} on a done ${item.kind}, expected ${manual.total}/${manual.total}`,
        hint: "Update `progress:`, or change `state:` if work remains.",
        related: [state()],
      });
    for (const m of stated ? milestones : []) {
      if (m.state === "done") continue;
      out.push({
        span: m.span,
        message: `Unexpected milestone \`${m.title}\` ${m.state ? `in state \`${m.state}\`` : "without a state"} on a done ${item.kind}, expected \`done\``,
        hint: "Mark the milestone done, or change the item's state if work remains.",
        related: [state()],
      });
    }
  } else if (item.state) {
    const complete =
      item.progress && item.progress.total > 0 && item.progress.done >= item.progress.total;
    const evidence =
      milestones.length && done === milestones.length
        ? { words: "every milestone done", related: table }
        : complete && item.progress
          ? {
              words: `progress ${ratio(item.progress)}`,
              related: [{ span: progressSpan(), message: "progress is complete here" }],
            }
          : undefined;
    if (evidence)
      out.push({
        span: state().span,
        message: `Unexpected state \`${item.state}\` with ${evidence.words}, expected \`done\``,
        hint: "Set `state: done`, or add the milestones that remain.",
        related: evidence.related,
      });
  }
  if (
    manual &&
    stated &&
    manual.total > 0 &&
    manual.done * milestones.length !== done * manual.total
  )
    out.push({
      span: progressSpan(),
      message: `Unexpected progress ${ratio(manual)}, expected ${done}/${milestones.length} as the milestones say`,
      hint: "Remove `progress:` to derive it from the milestones, or update the milestone states.",
      related: table,
    });
  return out;
}
