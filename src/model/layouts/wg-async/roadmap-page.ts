import type { Nodes, Table } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { readMilestones } from "../../markdown/milestones.js";
import { findSection, firstTitle, type Section, sections } from "../../markdown/sections.js";
import { parseState } from "../../markdown/state.js";
import { column, readTable } from "../../markdown/tables.js";
import type { MarkdownDocument, Milestone, State } from "../../types.js";
import type { BookLinks } from "./book.js";
import type { PageClaim } from "./claims.js";
import { type Definitions, definitionsOf, linksIn, spanOf } from "./links.js";
import { humanize, plainTitle, stem } from "./names.js";
import { type Roster, resolvePeople, resolvePerson } from "./roster.js";

/** A page under vision/roadmap/: what it says about its own initiative, and about others. */
export interface RoadmapPage {
  file: string;
  doc: MarkdownDocument;
  defs: Definitions;
  title: string;
  impact?: string;
  helpWanted?: string;
  /** The Milestones table; participants resolved to handles. */
  milestones: Milestone[];
  /** A state the page states about itself outside the table, e.g. "This initiative is **on hold**". */
  status?: PageClaim;
  /** Rows of this page's other tables that give another roadmap page a state (polish.md's Initiatives). */
  lists: { target: string; claim: PageClaim }[];
}

/** "on hold" is how the book writes paused where the legend has no word for it. */
function statusWord(text: string): State | undefined {
  return parseState(text) ?? (/\bon[ -]hold\b/i.test(text) ? "paused" : undefined);
}

export function readRoadmapPage(
  doc: MarkdownDocument,
  links: BookLinks,
  pageFiles: Set<string>,
  roster: Roster,
): RoadmapPage {
  const file = doc.file;
  const defs = definitionsOf(doc);
  const all = sections(doc, 2);
  const milestonesSection = findSection(all, "milestones");
  const milestones = milestonesSection ? readMilestones(doc, milestonesSection) : [];
  for (const m of milestones)
    m.participants = m.participants.map((p) => resolvePerson(p, defs, roster));
  return {
    file,
    doc,
    defs,
    title: plainTitle(firstTitle(doc.tree) ?? humanize(file)),
    impact: findSection(all, "impact")?.markdown,
    helpWanted: findSection(all, "how to help", "help wanted")?.markdown,
    milestones,
    status: milestonesSection && ownStatus(doc, milestonesSection),
    lists: all
      .filter((s) => s !== milestonesSection)
      .flatMap((s) => listedStates(doc, s, links, pageFiles, defs, roster)),
  };
}

/** A bold state word in the Milestones section's prose (not its table). */
function ownStatus(doc: MarkdownDocument, section: Section): PageClaim | undefined {
  for (const node of section.children) {
    if (node.type === "table") continue;
    let found: PageClaim | undefined;
    visit(node as Nodes, "strong", (strong) => {
      const state = found ? undefined : statusWord(mdToString(strong));
      if (state)
        found = {
          where: `the Milestones section of ${stem(doc.file)}.md`,
          state,
          owners: [],
          span: spanOf(doc, strong),
        };
    });
    if (found) return found;
  }
  return undefined;
}

function listedStates(
  doc: MarkdownDocument,
  section: Section,
  links: BookLinks,
  pageFiles: Set<string>,
  defs: Definitions,
  roster: Roster,
): { target: string; claim: PageClaim }[] {
  const out: { target: string; claim: PageClaim }[] = [];
  for (const node of section.children) {
    if (node.type !== "table") continue;
    const table = readTable(doc, node);
    const state = column(table, "state", "status");
    if (state < 0) continue;
    const people = column(table, "key participants", "participants", "owner");
    table.rows.forEach((cells, i) => {
      const row = (node as Table).children[i + 1]!;
      const first = row.children[0];
      const target = first
        ? linksIn(doc, defs, first)
            .map((l) => links(doc.file, l.url)?.path)
            .find((p) => p && pageFiles.has(p))
        : undefined;
      if (!target || target === doc.file) return;
      out.push({
        target,
        claim: {
          where: `the ${section.heading} table of ${stem(doc.file)}.md`,
          state: statusWord(cells[state]?.text ?? ""),
          owners: people >= 0 ? resolvePeople(cells[people]?.text ?? "", defs, roster) : [],
          span: spanOf(doc, row),
        },
      });
    });
  }
  return out;
}
