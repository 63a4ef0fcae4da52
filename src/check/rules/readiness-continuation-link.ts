import type { Nodes } from "mdast";
import { resolveLink } from "../../model/links/resolve-link.js";
import { normalizeHeading } from "../../model/markdown/sections.js";
import { walkTree } from "../../model/markdown/walk-tree.js";
import type { Item, Workspace } from "../../model/types.js";
import { goalsUnderReview } from "../readiness-scope.js";
import { defineRule } from "../rule.js";

const CONFIG =
  "group: { name: G }\npeople: { alice: }\nperiods:\n  - { id: 2024h2, start: 2024-07-01 }\n  - { id: 2025h1, start: 2025-01-01, phases: { review: 2024-11-15, rfc: 2024-12-01 } }\n";
const EARLIER =
  "---\ntitle: Async closures\nperiod: 2024h2\nstatus: accepted\nowners: alice\n---\n";
const LATER = (body: string) =>
  `---\ntitle: Async closures\nperiod: 2025h1\nstatus: proposed\nowners: alice\n---\n\n${body}\n`;

/**
 * A goal that carries on a goal of an earlier period (the same file name or the same title) links
 * it, so that readers and reviewers can follow the work across periods: a link to the earlier
 * goal's file, the earlier goal's tracking issue reused (rust-project-goals' TEMPLATE.md: "if this
 * is a continuing goal, add the old tracking issue"), or `extra.continues` naming it.
 */
export const readinessContinuationLink = defineRule({
  id: "readiness-continuation-link",
  examples: [
    {
      title: "a continuing goal that links the earlier one",
      date: "2024-11-20",
      files: {
        "waymark.yaml": CONFIG,
        "goals/2024h2/async-closures.md": EARLIER,
        "goals/2025h1/async-closures-2025.md": LATER(
          "Continues [the 2024H2 goal](../2024h2/async-closures.md).",
        ),
      },
      expected: [],
    },
    {
      title: "a continuing goal that does not",
      date: "2024-11-20",
      files: {
        "waymark.yaml": CONFIG,
        "goals/2024h2/async-closures.md": EARLIER,
        "goals/2025h1/async-closures-2025.md": LATER("We carry on."),
      },
      expected: [
        "goals/2025h1/async-closures-2025.md:2:8: Unexpected continuation of `async-closures` (goals/2024h2/async-closures.md) without a link to it, expected a link to the earlier goal or its tracking issue",
      ],
    },
  ],
  check({ workspace, review, report }) {
    const order = periodOrder(workspace);
    const earlierGoals = topGoals(workspace);
    for (const { goal, period } of goalsUnderReview(workspace, review)) {
      const rank = order(period);
      const earlier = earlierGoals
        .filter((g) => g.period !== period && order(g.period!) < rank && sameGoal(g, goal))
        .sort((a, b) => order(b.period!) - order(a.period!))[0];
      if (!earlier || links(workspace, goal, earlier)) continue;
      report({
        span: goal.spans.title ?? goal.span,
        message: `Unexpected continuation of \`${earlier.id}\` (${earlier.file}) without a link to it, expected a link to the earlier goal or its tracking issue`,
        hint: `Link ${earlier.file} from the goal's text, or reuse its tracking issue${earlier.tracking ? ` (${issueKey(earlier)})` : ""}, so readers can follow the work across periods.`,
      });
    }
  },
});

/** Periods by start date, else by id: 2024h2 before 2025h1 before 2026. */
function periodOrder(ws: Workspace): (id: string) => number {
  const start = new Map<string, string>();
  for (const p of [...ws.periods, ...ws.config.periods])
    if (p.start && !start.has(p.id)) start.set(p.id, p.start);
  const ids = [...new Set(ws.items.flatMap((i) => (i.period ? [i.period] : [])))].sort(
    (a, b) =>
      (start.get(a) ?? a).localeCompare(start.get(b) ?? b) ||
      a.localeCompare(b, "en", { numeric: true }),
  );
  return (id) => ids.indexOf(id);
}

function topGoals(ws: Workspace): Item[] {
  return ws.items.filter((i) => i.kind === "goal" && i.period && !i.parent);
}

const stem = (file: string) =>
  file
    .slice(file.lastIndexOf("/") + 1)
    .replace(/\.md$/i, "")
    .toLowerCase()
    .replace(/_/g, "-");

function sameGoal(a: Item, b: Item): boolean {
  return stem(a.file) === stem(b.file) || normalizeHeading(a.title) === normalizeHeading(b.title);
}

const issueKey = (i: Item) => `${i.tracking!.owner}/${i.tracking!.repo}#${i.tracking!.number}`;

function links(ws: Workspace, goal: Item, earlier: Item): boolean {
  if (goal.extra.continues === earlier.id) return true;
  if (
    goal.tracking &&
    earlier.tracking &&
    issueKey(goal).toLowerCase() === issueKey(earlier).toLowerCase()
  )
    return true;
  const doc = ws.documents.find((d) => d.file === goal.file);
  if (!doc) return false;
  let found = false;
  walkTree(doc.tree, (node: Nodes) => {
    if (found) return false;
    if (node.type !== "link" && node.type !== "definition") return;
    const target = resolveLink(node.url, goal.file, ws.paths);
    if (target.kind === "page" && target.file === earlier.file) found = true;
  });
  return found;
}
