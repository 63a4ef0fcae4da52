import type { List, ListItem, Nodes } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import type { MarkdownDocument, Navigation, NavNode } from "../../types.js";
import type { BookLinks } from "./book.js";

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * mdBook's SUMMARY.md as navigation: nested lists of chapter links, `#` headings as part titles
 * over the chapters below them (the first heading is the book's own "Summary" title), prefix and
 * suffix chapters as plain entries, and `[Draft]()` chapters kept as titles without a link.
 * Links resolve as the book's other links do, so each entry opens the page of the file it names.
 */
export function readSummary(doc: MarkdownDocument, links: BookLinks): Navigation {
  const entries: NavNode[] = [];
  let part: NavNode | undefined;
  let seenTitle = false;
  for (const node of doc.tree.children) {
    if (node.type === "heading") {
      if (!seenTitle && node.depth === 1) {
        seenTitle = true;
        continue;
      }
      part = { title: mdToString(node).trim(), children: [] };
      entries.push(part);
    } else if (node.type === "list") {
      (part?.children ?? entries).push(...readList(node, doc.file, links));
    } else if (node.type === "paragraph") {
      // A prefix or suffix chapter, written as a bare link outside any list: never in a part.
      const entry = readEntry(node, doc.file, links);
      if (entry) entries.push(entry);
    }
  }
  return { file: doc.file, entries };
}

function readList(list: List, from: string, links: BookLinks): NavNode[] {
  return list.children.flatMap((item) => {
    const entry = readItem(item, from, links);
    return entry ? [entry] : [];
  });
}

function readItem(item: ListItem, from: string, links: BookLinks): NavNode | undefined {
  const [first, ...rest] = item.children;
  if (!first) return undefined;
  const entry = readEntry(first, from, links) ?? { title: mdToString(first).trim(), children: [] };
  if (!entry.title) return undefined;
  for (const node of rest)
    if (node.type === "list") entry.children.push(...readList(node, from, links));
  return entry;
}

/** A chapter: the first link of a paragraph, its text the title. */
function readEntry(node: Nodes, from: string, links: BookLinks): NavNode | undefined {
  if (node.type !== "paragraph") return undefined;
  const link = node.children.find((c) => c.type === "link");
  if (!link) return undefined;
  const title = mdToString(link).trim();
  if (!title) return undefined;
  const url = link.url.trim();
  if (!url) return { title, children: [] };
  const target = links(from, url);
  if (target) return { title, file: target.path, children: [] };
  return ABSOLUTE.test(url) ? { title, url, children: [] } : { title, children: [] };
}
