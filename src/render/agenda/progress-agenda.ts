import type { CalendarEvent } from "../../model/cadence/calendar-event.js";
import { occurrences } from "../../model/cadence/occurrences.js";
import type { Item, Workspace } from "../../model/types.js";
import type { IssueChange } from "../../track/changes-since.js";
import type { Facts } from "../../track/types.js";
import { mdLink, mdText } from "./markdown-text.js";

export interface ProgressAgendaInput {
  ws: Workspace;
  facts: Facts;
  events: CalendarEvent[];
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  /** The review before this one, and the one after it, YYYY-MM-DD. */
  lastReview: string;
  nextReview: string;
  /** Tracking issues whose figures moved since the last review (`changesSince`). */
  changes: IssueChange[];
  /** Where an item or an event is described: the site page when known. */
  pageUrl: (target: { item: Item } | { event: CalendarEvent }) => string | undefined;
  title: string;
  /** The review's configured agenda lines. */
  agenda: string[];
}

/**
 * The progress review's agenda (seed 000: every two weeks, assess the milestones) as Markdown:
 * what moved since the last review by the sync history, items whose tracking issue has been
 * quiet since then, goals that need an owner, and the phases due before the next review. Every
 * line that names an item or issue links to it.
 */
export function progressAgenda(input: ProgressAgendaInput): string {
  const { ws, facts, date, lastReview } = input;
  const byKey = new Map(input.changes.map((c) => [c.key, c]));
  const keyOf = (i: Item) =>
    i.tracking && `${i.tracking.owner}/${i.tracking.repo}#${i.tracking.number}`;
  const issueUrl = (i: Item) =>
    i.tracking &&
    `https://github.com/${i.tracking.owner}/${i.tracking.repo}/issues/${i.tracking.number}`;
  const itemLink = (i: Item) => {
    const url = input.pageUrl({ item: i }) ?? issueUrl(i);
    const title = i.shortTitle ?? i.title;
    return url ? mdLink(title, url) : `${mdText(title)} (\`${i.file.replace(/`/g, "")}\`)`;
  };
  const issueLink = (i: Item) => {
    const key = keyOf(i);
    return key ? ` (${mdLink(key, issueUrl(i))})` : "";
  };

  const changed = ws.items.flatMap((i) => {
    const change = byKey.get(keyOf(i) ?? "");
    return change ? [`- ${itemLink(i)}${issueLink(i)}: ${change.what.map(mdText).join("; ")}`] : [];
  });
  const quietSince = (i: Item) => facts.issues?.get(keyOf(i) ?? "")?.facts?.updatedAt;
  const stale = ws.items
    .filter((i) => i.state === "in-progress" && i.tracking)
    .flatMap((i) => {
      const at = quietSince(i);
      return at && at.slice(0, 10) < lastReview
        ? [`- ${itemLink(i)}${issueLink(i)}: no activity since ${at.slice(0, 10)}`]
        : [];
    });
  const helpWanted = ws.items
    .filter((i) => i.state === "help-wanted")
    .map((i) => `- ${itemLink(i)}: needs an owner`);
  const due = input.events
    .filter((e) => e.kind !== "meeting")
    .flatMap((e) => occurrences(e, date, 1).filter((o) => o.date <= input.nextReview))
    .sort((a, b) => a.date.localeCompare(b.date) || a.event.id.localeCompare(b.event.id))
    .map((o) => {
      const url = input.pageUrl({ event: o.event });
      return `- ${o.date}: ${url ? mdLink(o.event.title, url) : mdText(o.event.title)}`;
    });
  const section = (title: string, lines: string[], none: string) =>
    `## ${title}\n\n${lines.length ? lines.join("\n") : none}`;
  const asOf = facts.asOf
    ? `Tracking figures as of ${facts.asOf.slice(0, 16).replace("T", " ")} UTC (\`waymark sync\`).`
    : "No sync yet: run `waymark sync` for what moved on GitHub.";
  return `${[
    `# ${mdText(input.title)}, ${date}`,
    `Since the last review on ${lastReview}. ${asOf}`,
    ...(input.agenda.length ? [input.agenda.map((a, n) => `${n + 1}. ${a}`).join("\n")] : []),
    section(`Progress since ${lastReview}`, changed, "No tracking issue moved."),
    section(
      "Stale updates",
      stale,
      "Every item in progress has had activity since the last review.",
    ),
    section("Help wanted", helpWanted, "Every goal and initiative has an owner."),
    section(`Decisions due by ${input.nextReview}`, due, "No phase is due."),
  ].join("\n\n")}\n`;
}
