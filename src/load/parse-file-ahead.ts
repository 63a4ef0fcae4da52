import type { Parent } from "mdast";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ParseCache, type ParsedMarkdown, withParseCache } from "./parse-markdown.js";
import { type ReadFrontMatter, readFrontMatterDocument } from "./read-front-matter.js";

/**
 * Levels of a tree (or of a YAML value) past which a file is left to the load itself. The parsers
 * recurse, and a parse near the stack's end may fail on one thread and not another (a worker's
 * stack is larger, the load's call stack deeper): only files far from it are parsed ahead. Real
 * files nest about a dozen levels.
 */
const SAFE_DEPTH = 32;

/** What the load's parsers make of one Markdown file: the front-matter read and the bare parse. */
export interface ParsedAhead {
  frontMatter: ReadFrontMatter;
  markdown: ParsedMarkdown;
}

/**
 * Parses a Markdown file as the load would (`readFrontMatterDocument`, which parses the Markdown
 * too), on whichever thread calls it; undefined when the file went past a limit or nests deep,
 * whose parse depends on the stack left (`SAFE_DEPTH`): the load parses those itself.
 */
export function parseFileAhead(file: string, text: string): ParsedAhead | undefined {
  const cache = new ParseCache();
  const problems: Diagnostic[] = [];
  const doc = withParseCache(cache, () =>
    readFrontMatterDocument(file, text, (d) => problems.push(d)),
  );
  if (doc.limit || problems.some((d) => !ORDINARY.has(d.ruleId))) return undefined;
  if (deeper(doc.document.tree, (node) => (node as Parent).children)) return undefined;
  if (deeper(doc.data, (value) => Object.values(value))) return undefined;
  const markdown = cache.memo<ParsedMarkdown>("markdown", file, text, () => {
    throw new Error("the front-matter read parses the Markdown first");
  });
  return { frontMatter: { doc, problems }, markdown };
}

/** Problems whose finding does not depend on how much stack the parser had. */
const ORDINARY = new Set(["yaml-syntax", "duplicate-key"]);

/** Whether `root` nests more than SAFE_DEPTH levels of `children`, found without recursion. */
function deeper(root: unknown, children: (node: object) => unknown[] | undefined): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > SAFE_DEPTH) return true;
    for (const child of children(node) ?? []) stack.push([child, depth + 1]);
  }
  return false;
}
