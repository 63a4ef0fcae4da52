import { findSection, type Section, sections } from "../../model/markdown/sections.js";
import type { Item, Workspace } from "../../model/types.js";
import { goalsUnderReview, withParts } from "../readiness-scope.js";
import { defineRule, type Finding } from "../rule.js";

const PERIOD = "---\nphases: { review: 2024-06-01, rfc: 2024-06-20 }\n---\n";
const CONFIG = "group: { name: G }\npeople: { alice: }\n";
const HEAD = "---\ntitle: A\nperiod: 2024h2\nstatus: proposed\nowners: alice\n---\n";

/** A line that only holds a template's instruction: `*text*`, or `> *text*`. */
const PLACEHOLDER = /^\s*(?:>\s*)?\*[^*\n].*\*\s*$/;

/**
 * A goal under review says what it changes and how it gets there: a native goal's Impact and
 * Milestones sections, a rust-project-goals goal's Summary and its work items (the task table
 * under "Work items over the next year", its subgoals' included). A section that holds only the
 * template's italic instructions counts as empty.
 */
export const readinessEmptySection = defineRule({
  id: "readiness-empty-section",
  examples: [
    {
      title: "impact and milestones written",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "periods/2024h2.md": PERIOD,
        "goals/a.md": `${HEAD}\n## Impact\n\nAsync closures work.\n\n## Milestones\n\n| Milestone | State |\n| --- | --- |\n| RFC | 💤 |\n`,
      },
      expected: [],
    },
    {
      title: "an empty Impact section and no milestones",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "periods/2024h2.md": PERIOD,
        "goals/a.md": `${HEAD}\n## Impact\n\n## Milestones\n\n*List the milestones here.*\n`,
      },
      expected: [
        "goals/a.md:8:1: Unexpected empty Impact section, expected what changes once the goal is done",
        "goals/a.md:10:1: Unexpected empty Milestones section, expected a table of milestones",
      ],
    },
    {
      title: "neither section at all",
      date: "2024-06-10",
      files: {
        "waymark.yaml": CONFIG,
        "periods/2024h2.md": PERIOD,
        "goals/a.md": `${HEAD}\nSome text.\n`,
      },
      expected: [
        "goals/a.md:2:8: Missing Impact section, expected `## Impact` with what changes once the goal is done",
        "goals/a.md:2:8: Missing Milestones section, expected `## Milestones` with a table of milestones",
      ],
    },
  ],
  check({ workspace, review, report }) {
    for (const { goal } of goalsUnderReview(workspace, review)) {
      const doc = workspace.documents.find((d) => d.file === goal.file);
      const all = doc ? sections(doc, 2) : [];
      const where = goal.spans.title ?? goal.span;
      if (workspace.layout === "rust-project-goals") {
        for (const finding of rpgFindings(workspace, goal, all, where)) report(finding);
        continue;
      }
      const impact = findSection(all, "impact");
      if (goal.impact === undefined || isEmpty(goal.impact))
        report(missingOrEmpty("Impact", impact, where, "what changes once the goal is done"));
      const milestones = findSection(all, "milestones");
      if (!goal.milestones.length)
        report(missingOrEmpty("Milestones", milestones, where, "a table of milestones"));
    }
  },
});

/** Summary and work items: what rust-project-goals' TEMPLATE.md asks for in their place. */
function rpgFindings(ws: Workspace, goal: Item, all: Section[], where: Finding["span"]): Finding[] {
  const out: Finding[] = [];
  const summary = findSection(all, "summary");
  if (!summary || isEmpty(summary.markdown))
    out.push(missingOrEmpty("Summary", summary, where, "what the goal will do this period"));
  if (!withParts(ws, goal).some((i) => i.milestones.length))
    out.push({
      span: where,
      message:
        "Missing work items, expected a task table under `### Work items over the next year`",
      hint: "List the goal's tasks with their owners: `| Task | Owner(s) | Notes |`.",
    });
  return out;
}

function missingOrEmpty(
  name: string,
  section: Section | undefined,
  where: Finding["span"],
  expected: string,
): Finding {
  if (!section)
    return {
      span: where,
      message: `Missing ${name} section, expected \`## ${name}\` with ${expected}`,
      hint: `Add a \`## ${name}\` section: reviewers read it to decide whether the goal is ready.`,
    };
  return {
    span: { ...section.span, end: section.span.start },
    message: `Unexpected empty ${name} section, expected ${expected}`,
    hint: `Write ${expected} under the heading; the template's italic instructions do not count.`,
  };
}

function isEmpty(markdown: string): boolean {
  return markdown.split("\n").every((line) => !line.trim() || PLACEHOLDER.test(line));
}
