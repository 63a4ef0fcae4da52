import { describeEvery } from "../../model/update-every.js";
import type { Digest, Reminder, Reminders } from "../../track/updates/select-reminders.js";
import { markdownLink, markdownText } from "./markdown-text.js";

export interface RemindersContext {
  /** Team ids: an owner that is a team is named without `@`. */
  teams: ReadonlySet<string>;
  /** The update marker, named in the how-to line. */
  marker: string;
  asOf?: string;
}

/** One digest as Markdown, ready to post to its owner (on Zulip, in an issue, by mail). */
export function renderDigest(digest: Digest, context: RemindersContext, date: string): string {
  const who = context.teams.has(digest.owner)
    ? markdownText(digest.owner)
    : `@${markdownText(digest.owner)}`;
  const count = digest.reminders.length;
  const synced = context.asOf ? ` (comments as synced on ${context.asOf.slice(0, 10)})` : "";
  return [
    `## ${who}: ${count === 1 ? "1 item needs" : `${count} items need`} an update`,
    "",
    `Hi ${who}! As of ${date}${synced}, ${count === 1 ? "this item is" : "these items are"} due for an update on ${count === 1 ? "its" : "their"} tracking issue:`,
    "",
    ...digest.reminders.map(reminderLine),
    "",
    `An update is a comment on the tracking issue by an owner, or any comment with \`${context.marker.replace(/`/g, "")}\`; a line starting with \`Help wanted:\` asks for help.`,
    "",
  ].join("\n");
}

/** Every digest, then the items nobody owns; a line saying so when nothing is due. */
export function renderReminders(reminders: Reminders, context: RemindersContext): string {
  if (!reminders.digests.length && !reminders.unowned.length)
    return `No item needs an update as of ${reminders.date}.\n`;
  const parts = reminders.digests.map((d) => renderDigest(d, context, reminders.date));
  if (reminders.unowned.length)
    parts.push(
      ["## Items without an owner", "", ...reminders.unowned.map(reminderLine), ""].join("\n"),
    );
  return parts.join("\n");
}

function reminderLine(r: Reminder): string {
  const last = r.last
    ? `last update ${markdownLink(r.last.date.slice(0, 10), r.last.url)}`
    : "no update yet";
  const due = r.due
    ? r.overdueDays
      ? `due ${r.due} (${r.overdueDays} ${r.overdueDays === 1 ? "day" : "days"} ago)`
      : `due ${r.due}`
    : "due now";
  return `- ${markdownLink(r.item.title, r.url)}: ${last}, ${due}; updates ${describeEvery(r.everyDays)}.`;
}
