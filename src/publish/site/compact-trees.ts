import type { Point, Position } from "unist";
import type { LineIndex } from "../../diagnostics/line-index.js";
import type { MarkdownDocument } from "../../model/types.js";

interface Node {
  position?: Position;
  children?: Node[];
}

/**
 * A node's position as its two offsets in the file, its points made from the file's `LineIndex`
 * when read. A plain position is a start and an end object besides: 136 bytes a node, this one
 * 48, so for the 150,000 nodes of the 1,000-goal bench 13 MB less of the heap the render holds.
 * It reads as a plain one does (`start.line`, `end.offset`); each read gives a new point, and
 * there is nothing to write (an assignment throws).
 */
export class OffsetPosition implements Position {
  constructor(
    private readonly lines: LineIndex,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): Point {
    return this.lines.point(this.from);
  }

  get end(): Point {
    return this.lines.point(this.to);
  }
}

/**
 * Makes the documents' parse trees smaller in place, for the render, which reads them but never
 * writes: the build does this once the check has run and the parse pack is saved.
 * - A node whose points its file's `LineIndex` gives back exactly (all but those after a lone
 *   `\r`, which micromark counts as a line ending) gets an `OffsetPosition` for its plain one.
 *   Trees made otherwise (a part of a file parsed alone) keep theirs.
 * - Each list of children becomes a copy of its own length: the parser pushes children one by
 *   one, and V8 grows an array by half again plus 16 slots, so a node with two children held
 *   seventeen (9 MB of slack on the 1,000-goal bench).
 */
export function compactTrees(documents: readonly MarkdownDocument[]): void {
  for (const doc of documents) compactNode(doc.tree as Node, doc.lines);
}

function compactNode(node: Node, lines: LineIndex): void {
  const at = node.position;
  if (at && !(at instanceof OffsetPosition)) {
    const from = at.start.offset;
    const to = at.end.offset;
    if (from !== undefined && to !== undefined && same(lines, at.start) && same(lines, at.end))
      node.position = new OffsetPosition(lines, from, to);
  }
  if (!node.children) return;
  node.children = node.children.slice();
  for (const child of node.children) compactNode(child, lines);
}

/** True when `point` is exactly what `lines` gives for its offset, and holds nothing else. */
function same(lines: LineIndex, point: Point): boolean {
  if (point.offset === undefined || Object.keys(point).length !== 3) return false;
  const again = lines.point(point.offset);
  return (
    again.offset === point.offset && again.line === point.line && again.column === point.column
  );
}
