import type { Root } from "mdast";
import type { Point, Position } from "unist";
import type { LineIndex } from "../diagnostics/line-index.js";

interface Node {
  position?: Position | [number, number];
  children?: Node[];
}

/** Trees packed already: a file's markdown and front-matter entries share one tree. */
let packed = new WeakMap<Root, unknown>();

/**
 * Lets go of the packed copies once a pack is written (`PackedParseCache.save`): kept by their
 * tree, they would live as long as it does. A tree packed again later gets a new copy.
 */
export function forgetPackedTrees(): void {
  packed = new WeakMap();
}

/**
 * A copy of `tree` for the parse pack, with each position stored as its two offsets wherever
 * `lines` gives the same line and column back (everywhere but after a lone `\r`, which micromark
 * counts as a line ending): positions are most of a tree's size.
 */
export function packTree(tree: Root, lines: LineIndex): unknown {
  const known = packed.get(tree);
  if (known) return known;
  const out = packNode(tree as Node, lines);
  packed.set(tree, out);
  return out;
}

/** The tree `packTree` stored, with every position rebuilt from its offsets. */
export function unpackTree(stored: unknown, lines: LineIndex): Root {
  return unpackNode(stored as Node, lines) as Root;
}

function packNode(node: Node, lines: LineIndex): Node {
  const out = { ...node };
  const at = node.position as Position | undefined;
  if (at && samePoint(lines, at.start) && samePoint(lines, at.end)) {
    out.position = [at.start.offset!, at.end.offset!];
  }
  if (node.children) out.children = node.children.map((child) => packNode(child, lines));
  return out;
}

function unpackNode(node: Node, lines: LineIndex): Node {
  const out = { ...node };
  const at = node.position;
  if (Array.isArray(at)) out.position = { start: lines.point(at[0]), end: lines.point(at[1]) };
  if (node.children) out.children = node.children.map((child) => unpackNode(child, lines));
  return out;
}

function samePoint(lines: LineIndex, point: Point): boolean {
  if (point.offset === undefined || Object.keys(point).length !== 3) return false;
  const again = lines.point(point.offset);
  return again.line === point.line && again.column === point.column;
}
