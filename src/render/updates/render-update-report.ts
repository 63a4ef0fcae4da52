import { describeProgress } from "../../track/resolve-progress.js";
import type { ReportEntry, UpdateReport } from "../../track/updates/select-report.js";
import { markdownLink, markdownText } from "./markdown-text.js";

export interface ReportContext {
  /** The group's name, for the title. */
  group: string;
  /** When the comments were synced (ISO time), or undefined before any sync. */
  asOf?: string;
}

/**
 * The update report as Markdown, the monthly post of rust-project-goals made from data: per goal
 * (initiatives under their goal), the TL;DR and link of each update in the window, its help-wanted
 * lines, and an explicit line for an item without one. Every text from a file or GitHub is escaped.
 */
export function renderUpdateReport(report: UpdateReport, context: ReportContext): string {
  const window = `${report.from} to ${report.to}`;
  const updated = report.entries.filter((e) => e.updates.length).length;
  const out = [
    `# ${markdownText(context.group)}: updates from ${window}`,
    "",
    `${updated} of ${report.entries.length} tracked items had an update in this window. ` +
      `Read from the tracking issues' comments${context.asOf ? ` as synced on ${context.asOf.slice(0, 10)}` : ""}: ` +
      "a comment by an owner, or one with the update marker, is an update.",
    "",
  ];
  for (const entry of report.entries) out.push(...renderEntry(entry, window));
  if (report.untracked.length) {
    const titles = report.untracked.map((i) => markdownText(i.title)).join(", ");
    out.push(`Without a tracking issue, so without updates: ${titles}.`, "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function renderEntry(entry: ReportEntry, window: string): string[] {
  const { item } = entry;
  const level = "#".repeat(Math.min(2 + entry.depth, 6));
  const owners = item.owners.length
    ? item.owners.map((o) => `@${markdownText(o)}`).join(", ")
    : "none yet";
  const facts = [`Owners: ${owners}`, `tracking issue ${markdownLink(entry.issue, entry.url)}`];
  if (item.progress) facts.push(`progress ${markdownText(describeProgress(item.progress))}`);
  const lines = [`${level} ${markdownText(item.title)}`, "", `${facts.join(" · ")}.`, ""];
  if (!entry.synced) {
    lines.push("_Not synced: run `waymark sync` to read its updates._", "");
    return lines;
  }
  if (!entry.updates.length) lines.push(`_No update from ${window}._`);
  for (const update of entry.updates) {
    const by = update.author ? ` @${markdownText(update.author)}` : "";
    const tldr = update.tldr ? markdownText(update.tldr) : "_(no text)_";
    lines.push(
      `- ${update.date.slice(0, 10)}${by}: ${tldr} (${markdownLink("comment", update.url)})`,
    );
  }
  for (const help of entry.helpWanted)
    lines.push(
      `- **Help wanted:** ${markdownText(help.text)} (${markdownLink("comment", help.update.url)})`,
    );
  if (item.state === "help-wanted" || !item.owners.length)
    lines.push("- **Help wanted:** this item is looking for an owner.");
  lines.push("");
  return lines;
}
