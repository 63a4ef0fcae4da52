import type { Related } from "../../diagnostics/diagnostic.js";
import { type PageClaim, wgAsyncExtra } from "../../model/layouts/wg-async/claims.js";
import type { Item, Milestone } from "../../model/types.js";
import { defineRule, type Finding } from "../rule.js";

const BOOK = '[book]\ntitle = "wg"\nsrc = "src"\n';
const OVERVIEW = "| Deliverable | State | Progress | Owner |\n| --- | --- | --- | --- |\n";
const PEOPLE = "[ann]: https://github.com/ann\n[bob]: https://github.com/bob\n";
const page = (rows: string) =>
  `# Page\n\n## Milestones\n\n| Milestone | State | Key participants |\n| --- | --- | --- |\n${rows}\n${PEOPLE}`;

/**
 * wg-async writes its roadmap twice: the overview table of roadmap.md (state, ▰▱ bar, owner per
 * row), and a page per goal or initiative (its Milestones table with key participants, and tables
 * listing other initiatives). Kept by hand, the two drift apart. Each disagreement is reported on
 * the overview's cell, with the page's place as the related one. The bar is a hand-drawn estimate
 * in sixths, so it may be one segment off the milestones' share before that counts as drift;
 * a done goal with open milestones, or the reverse, is `state-drift`'s to report.
 */
export const roadmapDrift = defineRule({
  id: "drift",
  examples: [
    {
      title: "an overview that agrees with its pages",
      files: {
        "book.toml": BOOK,
        "src/vision/roadmap.md": `${OVERVIEW}| 🔻 [A] | 🦀 | ▰▰▰▱▱▱ | [ann] |\n\n[A]: ./roadmap/a.md\n${PEOPLE}`,
        "src/vision/roadmap/a.md": page("| RFC | ✅ | [ann] |\n| Ship | 🦀 | [bob] |\n"),
      },
      expected: [],
    },
    {
      title: "state, bar and owner drifting from the pages",
      files: {
        "book.toml": BOOK,
        "src/vision/roadmap.md": `${OVERVIEW}| 🔻 [A] | 💤 | ▰▰▰▰▰▱ | [bob] |\n| &nbsp;&nbsp;↳ [B] | 🦀 | ▰▱▱▱▱▱ | |\n\n[A]: ./roadmap/a.md\n[B]: ./roadmap/a/b.md\n${PEOPLE}`,
        "src/vision/roadmap/a.md": `${page("| RFC | ✅ | [ann] |\n| Ship | 🦀 | [ann] |\n")}\n## Initiatives\n\n| Initiative | State |\n| --- | --- |\n| [B](./a/b.md) | 💤 |\n`,
        "src/vision/roadmap/a/b.md": page("| RFC | 💤 | [ann] |\n"),
      },
      expected: [
        "src/vision/roadmap.md:3:12: Unexpected state `paused` in the roadmap overview, expected `in-progress`: milestone `Ship` is in progress",
        "src/vision/roadmap.md:3:17: Unexpected progress ▰▰▰▰▰▱ in the roadmap overview, expected about ▰▰▰▱▱▱: 1 of 2 milestones are done",
        "src/vision/roadmap.md:3:26: Unexpected owner `bob` in the roadmap overview, expected one of the key participants its page names: ann",
        "src/vision/roadmap.md:4:23: Unexpected state `in-progress` in the roadmap overview, expected `paused` as the Initiatives table of a.md says",
        "src/vision/roadmap.md:4:23: Unexpected state `in-progress` in the roadmap overview, expected `paused`: no milestone is done or in progress",
        "src/vision/roadmap.md:4:35: Unexpected row without an owner in the roadmap overview, expected one of the key participants its page names: ann",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const item of workspace.items) {
      const { overview } = wgAsyncExtra(item);
      // Only while both views live in the workspace: an import keeps the overview's claims as
      // data, but its files are the one source of truth then, and state-drift checks them.
      if (overview && workspace.paths.has(overview.span.file))
        for (const finding of drift(item)) report(finding);
    }
  },
});

const HINT =
  "Update whichever side is out of date: the overview row in roadmap.md, or the page it links to.";

function drift(item: Item): Finding[] {
  const { overview, claims = [] } = wgAsyncExtra(item);
  if (!overview) return [];
  const out: Finding[] = [];
  const say = (span: Finding["span"], message: string, related: Related[]) =>
    out.push({ span, message, hint: HINT, related });
  const state = overview.state;
  for (const claim of claims) {
    if (!state || !claim.state || claim.state === state) continue;
    say(
      overview.cells.state,
      `Unexpected state \`${state}\` in the roadmap overview, expected \`${claim.state}\` as ${claim.where} says`,
      [{ span: claim.span, message: `${claim.where} says \`${claim.state}\`` }],
    );
  }
  const stated = item.milestones.filter((m) => m.state);
  const moving = stated.find((m) => m.state === "in-progress");
  if (state === "paused" && moving)
    say(
      overview.cells.state,
      `Unexpected state \`${state}\` in the roadmap overview, expected \`in-progress\`: milestone \`${moving.title}\` is in progress`,
      [{ span: moving.span, message: "this milestone is in progress" }],
    );
  if (state === "in-progress" && stated.length && !stated.some(isUnderway))
    say(
      overview.cells.state,
      `Unexpected state \`${state}\` in the roadmap overview, expected \`paused\`: no milestone is done or in progress`,
      [{ span: stated[0]!.span, message: "the milestones start here" }],
    );
  const bar = overview.progress;
  if (bar?.total && stated.length) {
    const done = stated.filter((m) => m.state === "done").length;
    const expected = Math.round((done / stated.length) * bar.total);
    if (Math.abs(expected - bar.done) > 1)
      say(
        overview.cells.progress,
        `Unexpected progress ${drawBar(bar.done, bar.total)} in the roadmap overview, expected about ${drawBar(expected, bar.total)}: ${done} of ${stated.length} milestones are done`,
        [{ span: stated[0]!.span, message: `the milestones say ${done} of ${stated.length} done` }],
      );
  }
  const named = participants(item.milestones, claims);
  if (named.size && !overview.owners.some((o) => named.has(o))) {
    const who = [...named.keys()].join(", ");
    const [first] = named.values();
    say(
      overview.cells.owners,
      overview.owners.length
        ? `Unexpected owner ${overview.owners.map((o) => `\`${o}\``).join(", ")} in the roadmap overview, expected one of the key participants its page names: ${who}`
        : `Unexpected row without an owner in the roadmap overview, expected one of the key participants its page names: ${who}`,
      [{ span: first!, message: "the page names its participants here" }],
    );
  }
  return out;
}

function isUnderway(m: Milestone): boolean {
  return m.state === "done" || m.state === "in-progress";
}

/** Everyone the pages name for the item, with the first place each is named. */
function participants(milestones: Milestone[], claims: PageClaim[]): Map<string, Finding["span"]> {
  const out = new Map<string, Finding["span"]>();
  for (const m of milestones) for (const p of m.participants) if (!out.has(p)) out.set(p, m.span);
  for (const c of claims) for (const p of c.owners) if (!out.has(p)) out.set(p, c.span);
  return out;
}

function drawBar(done: number, total: number): string {
  const filled = Math.max(0, Math.min(total, done));
  return "▰".repeat(filled) + "▱".repeat(total - filled);
}
