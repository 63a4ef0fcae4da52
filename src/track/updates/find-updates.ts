import type { ItemUpdate } from "../../model/types.js";
import type { IssueComment } from "../forge.js";

/** How long a TL;DR or help-wanted line may be; longer text is cut at a word with "…". */
const MAX_LINE = 300;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const HELP_WANTED = /^\s*(?:[-*>]\s*)*(?:\*\*|__)?help wanted:?(?:\*\*|__)?:?\s*(.*)$/i;

export interface UpdateRules {
  /** The item's owners: a comment by any of them is an update (GitHub logins match without case). */
  owners: string[];
  /** Text that makes any comment an update, such as `TL;DR:`. */
  marker: string;
}

/**
 * The updates among an issue's comments (oldest first, as the sync keeps them): every comment by
 * an owner, and any comment carrying the marker. Each keeps a one-line TL;DR and its help-wanted
 * lines as plain text; escaping is left to whoever prints them (HTML, Markdown or a terminal).
 */
export function findUpdates(comments: readonly IssueComment[], rules: UpdateRules): ItemUpdate[] {
  const owners = new Set(rules.owners.map((o) => o.toLowerCase()));
  const marker = rules.marker.toLowerCase();
  const updates: ItemUpdate[] = [];
  for (const comment of comments) {
    const byOwner = comment.author !== undefined && owners.has(comment.author.toLowerCase());
    const marked = markedLine(comment.body, marker);
    if (!byOwner && marked === undefined) continue;
    updates.push({
      author: comment.author,
      date: comment.createdAt,
      url: comment.url,
      tldr: clip(marked ?? firstParagraph(comment.body)),
      helpWanted: helpWantedLines(comment.body),
    });
  }
  return updates.sort((a, b) => a.date.localeCompare(b.date));
}

/** The text after the marker on the first line that carries it (emphasis around it dropped). */
function markedLine(body: string, marker: string): string | undefined {
  for (const line of body.split(/\r?\n/)) {
    const at = line.toLowerCase().indexOf(marker);
    if (at === -1) continue;
    return line
      .slice(at + marker.length)
      .replace(/^[\s*_]+/, "")
      .trim();
  }
  return undefined;
}

/** The first paragraph that is not a heading, quote or code fence, joined on one line. */
function firstParagraph(body: string): string {
  const paragraphs = body.split(/\r?\n\s*\r?\n/);
  const prose = paragraphs.find((p) => /\S/.test(p) && !/^\s*(#|>|```|~~~|<!--)/.test(p));
  return (prose ?? "").replace(/\s*\r?\n\s*/g, " ");
}

function helpWantedLines(body: string): string[] {
  return body.split(/\r?\n/).flatMap((line) => {
    const match = HELP_WANTED.exec(line);
    const text = match?.[1] && clip(match[1]);
    return text ? [text] : [];
  });
}

/** One line of plain text: no control characters, whitespace collapsed, at most MAX_LINE long. */
export function clip(text: string): string {
  const line = text.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  if (line.length <= MAX_LINE) return line;
  const cut = line.slice(0, MAX_LINE);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_LINE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
