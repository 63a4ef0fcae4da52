import type { Definition, Nodes, Root, RootContent } from "mdast";
import { LineIndex } from "../diagnostics/line-index.js";
import { readFrontMatter } from "./plain-front-matter.js";
import {
  type References,
  readDefinition,
  readHeading,
  readList,
  readParagraph,
  references,
} from "./plain-phrasing.js";
import { readTable } from "./plain-table.js";
import { isBlank, type Line } from "./plain-text.js";

/**
 * micromark spends most of a roadmap's parse on blocks that can be read only one way: tables of
 * plain cells (each cell is tokenized on its own), headings, paragraphs and tight bullet lists of
 * plain text, single-backtick code, simple links and defined references, and front matter. This finds such
 * blocks at the top level (each after a blank line or a heading, at column 0), builds their trees
 * directly (`plain-table.ts`, `plain-phrasing.ts`, `plain-front-matter.ts`). A text made only of
 * them, definitions and blank lines is not parsed at all. Otherwise the text is parsed with each
 * block masked: its first three characters become a thematic break `***`, and of the rest only
 * its newlines are kept. So every other node keeps its lines and columns (its offsets are put
 * back from them, `restoreOffsets`), and the break ends a list or quote before it as the block
 * did (blank lines alone would join two lists around it). Each break is then replaced by its
 * block.
 *
 * A break that is not where its block began (an unclosed fence or HTML comment took it), or a node
 * that reaches across a masked block, means the mask changed the reading: the text is then parsed
 * as it is. `plain-blocks.test.ts` holds the result deep-equal to micromark's on both corpora, the
 * example, a generated workspace, the hostile inputs, random Markdown and random documents of plain
 * blocks among the blocks that could join them.
 */
export function parseWithPlainBlocks(
  text: string,
  parse: (text: string) => Root,
  options: PlainOptions,
): Root {
  if (text.includes("\r")) return parse(text);
  const refs = references(text);
  const found = findPlainBlocks(text, refs, options);
  if (found.whole) {
    const tree = wholeTree(text, found, refs.used);
    if (tree) return tree;
  }
  const { blocks } = found;
  if (blocks.length === 0) return parse(text);
  const nodes = blocks.map(known);
  const tree = parseMasked(text, nodes, parse);
  // A reference whose label nothing defines is text, which the blocks did not expect.
  const defined = refs.used.size === 0 || definesAll(tree, refs.used);
  return defined && splice(tree, nodes) ? tree : parse(text);
}

export interface PlainOptions {
  /** `parse` reads YAML front matter (remark-frontmatter): a leading `---` block is one. */
  frontMatter: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

type Block = Extract<RootContent, { type: "table" | "heading" | "paragraph" | "list" | "yaml" }>;

interface Found {
  /** The blocks taken, in order. */
  blocks: Block[];
  /** Definitions on lines of their own, used only when the blocks and they make the whole text. */
  definitions: Definition[];
  /** Every line is blank or in a block or definition: the tree needs no parse at all. */
  whole: boolean;
}

function findPlainBlocks(text: string, references: References, options: PlainOptions): Found {
  const lineAfter = (line: Line): Line | undefined => {
    if (line.end >= text.length) return undefined;
    const start = line.end + 1;
    const newline = text.indexOf("\n", start);
    return { start, end: newline < 0 ? text.length : newline, line: line.line + 1 };
  };
  const found: Found = { blocks: [], definitions: [], whole: true };
  const newline = text.indexOf("\n");
  let line: Line | undefined = { start: 0, end: newline < 0 ? text.length : newline, line: 1 };
  const frontMatter = options.frontMatter ? readFrontMatter(text, line, lineAfter) : undefined;
  if (frontMatter) {
    found.blocks.push(frontMatter.node);
    line = lineAfter(frontMatter.last);
  }
  // What the line before was: blank (or the end of a block, or the start), a definition, or other.
  let previous: "blank" | "definition" | "other" = "blank";
  // No list can be open that a `- ` item would join: nothing but blank lines since the start or
  // since a taken block.
  let noneOpen = true;
  while (line) {
    const opened = FENCE.exec(text.slice(line.start, line.start + 16));
    if (opened) {
      // Nothing in a fenced block is taken (a guess to spare a second parse; the check decides).
      const close = new RegExp(`^ {0,3}${opened[1]![0]}{${opened[1]!.length},}[ \\t]*$`);
      do line = lineAfter(line);
      while (line && !close.test(text.slice(line.start, line.end)));
      found.whole = noneOpen = false;
      previous = "other";
      line = line && lineAfter(line);
      continue;
    }
    const block =
      previous === "blank" ? readBlock(text, line, lineAfter, references, noneOpen) : undefined;
    const definition =
      !block && previous !== "other" && text.charCodeAt(line.start) === 91 /* [ */
        ? readDefinition(text, line)
        : undefined;
    if (block) {
      found.blocks.push(block.node);
      line = lineAfter(block.last);
      // A block taken at column 0 after a blank line closed any list before it.
      noneOpen = true;
      // What follows a heading starts afresh; a table or paragraph ended at a blank line.
      previous = "blank";
    } else if (definition) {
      found.definitions.push(definition);
      previous = "definition";
      noneOpen = false;
      line = lineAfter(line);
    } else {
      previous = isBlank(text, line) ? "blank" : "other";
      if (previous === "other") found.whole = noneOpen = false;
      line = lineAfter(line);
    }
  }
  return found;
}

/**
 * The tree of a text made only of taken blocks, definitions and blank lines: no parse needed.
 * Undefined when a reference's label is not among the definitions.
 */
function wholeTree(text: string, found: Found, used: Set<string>): Root | undefined {
  const defined = new Set(found.definitions.map((d) => d.identifier));
  for (const identifier of used) if (!defined.has(identifier)) return undefined;
  const children: RootContent[] = [...found.blocks, ...found.definitions];
  children.sort((a, b) => a.position!.start.offset! - b.position!.start.offset!);
  const lines = new LineIndex(text);
  const position = { start: lines.point(0), end: lines.point(text.length) };
  return { type: "root", children, position };
}

/** The plain block that starts at `line`, by its first character, and its last line. */
function readBlock(
  text: string,
  line: Line,
  lineAfter: (line: Line) => Line | undefined,
  references: References,
  noneOpen: boolean,
): { node: Block; last: Line } | undefined {
  // The mask needs three characters on the block's first line.
  if (line.end - line.start < 3) return undefined;
  const char = text.charCodeAt(line.start);
  if (char === 124 /* | */) return readTable(text, line, lineAfter, references);
  if (char === 35 /* # */) {
    const node = readHeading(text, line, references);
    return node && { node, last: line };
  }
  if (char === 45 /* - */ || char === 42 /* * */ || char === 43 /* + */)
    return noneOpen ? readList(text, line, lineAfter, references) : undefined;
  const letter = (char | 32) >= 97 && (char | 32) <= 122;
  return letter ? readParagraph(text, line, lineAfter, references) : undefined;
}

/** A top-level node already read, and the offsets in the text it spans. */
export interface KnownNode {
  node: RootContent;
  from: number;
  to: number;
}

const known = (node: RootContent): KnownNode => ({
  node,
  from: node.position!.start.offset!,
  to: node.position!.end.offset!,
});

/**
 * `text` parsed with each node masked (see `mask`), its offsets those of `text`. micromark reads
 * a masked node's lines as blank: a roadmap's tables masked as spaces, as they once were, cost a
 * quarter of the parse of the rest.
 */
function parseMasked(
  text: string,
  nodes: readonly KnownNode[],
  parse: (text: string) => Root,
): Root {
  const masked = mask(text, nodes);
  const tree = parse(masked);
  restoreOffsets(tree, new LineIndex(text), masked.length, text.length);
  return tree;
}

/** The text with each node masked: `***`, then only the newlines to its end. */
function mask(text: string, nodes: readonly KnownNode[]): string {
  let out = "";
  let at = 0;
  for (const { from, to } of nodes) {
    out += `${text.slice(at, from)}***${"\n".repeat(newlines(text, from + 3, to))}`;
    at = to;
  }
  return out + text.slice(at);
}

function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Gives every position in a tree parsed from a masked text the offsets of the original: a line
 * and column outside the masked nodes' lines are the same in both texts (and a break's are its
 * node's first), so each offset follows from them; the end of the whole text maps to its end.
 */
function restoreOffsets(tree: Root, lines: LineIndex, maskedEnd: number, end: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      const { start, end: last } = position;
      if (start.offset !== undefined) start.offset = lines.lineStart(start.line) + start.column - 1;
      if (last.offset === maskedEnd) node.position = { start, end: lines.point(end) };
      else if (last.offset !== undefined)
        last.offset = lines.lineStart(last.line) + last.column - 1;
    }
    if ("children" in node) stack.push(...node.children);
  }
}

/**
 * Replaces each node's break by the node; false when a break is missing or a node reaches into
 * a masked node's lines.
 */
function splice(tree: Root, nodes: readonly KnownNode[]): boolean {
  let b = 0;
  for (let i = 0; i < tree.children.length; i++) {
    const child = tree.children[i]!;
    const from = child.position?.start.offset ?? 0;
    const next = nodes[b];
    if (next && from === next.from && child.type === "thematicBreak") {
      tree.children[i] = next.node;
      b++;
    } else if (next && (child.position?.end.offset ?? 0) > next.from) return false;
  }
  return b === nodes.length;
}

/**
 * `text` parsed with `nodes` (top-level nodes an earlier parse of the same lines read, in order)
 * masked and put back, so that only the rest is parsed: a body parsed again with definitions
 * appended needs only the blocks that use them read again. Definitions are never masked (a block
 * read again may need one), nor a node whose line is too short for the mask's break. Undefined
 * when the mask changed the reading (see `parseWithPlainBlocks`), or there is nothing to mask:
 * the caller parses the text as it is.
 */
export function parseReusing(
  text: string,
  parse: (text: string) => Root,
  nodes: readonly KnownNode[],
): Root | undefined {
  const masked = nodes.filter(
    ({ node, from, to }) =>
      node.type !== "definition" &&
      node.type !== "footnoteDefinition" &&
      to - from >= 3 &&
      !text.slice(from, from + 3).includes("\n"),
  );
  if (masked.length === 0) return undefined;
  const tree = parseMasked(text, masked, parse);
  return splice(tree, masked) ? tree : undefined;
}

/** Whether the tree defines every identifier of `used`, at any depth. */
function definesAll(tree: Root, used: Set<string>): boolean {
  const missing = new Set(used);
  const stack: Nodes[] = [tree];
  while (stack.length > 0 && missing.size > 0) {
    const node = stack.pop()!;
    if (node.type === "definition") missing.delete(node.identifier);
    else if ("children" in node) stack.push(...node.children);
  }
  return missing.size === 0;
}
