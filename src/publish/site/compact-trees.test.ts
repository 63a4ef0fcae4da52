import type { Root } from "mdast";
import type { Position } from "unist";
import { describe, expect, it } from "vitest";
import { needsShared, sharedPath } from "../../../test/helpers/shared-corpus.js";
import { parseMarkdown } from "../../load/parse-markdown.js";
import { readWorkspace } from "../../load/read-workspace.js";
import { buildWorkspace } from "../../model/build-workspace.js";
import type { MarkdownDocument } from "../../model/types.js";
import { compactTrees, OffsetPosition } from "./compact-trees.js";

interface Node {
  type: string;
  position?: Position;
  children?: Node[];
}

/** Every node of a tree with its position read out as plain data, and its children's count. */
function readOut(tree: Root): unknown[] {
  const out: unknown[] = [];
  const walk = (node: Node) => {
    const at = node.position;
    out.push([
      node.type,
      node.children?.length,
      at && { start: { ...at.start }, end: { ...at.end } },
    ]);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Node);
  return out;
}

const nodes = (tree: Root): Node[] => {
  const out: Node[] = [];
  const walk = (node: Node) => {
    out.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Node);
  return out;
};

const documentOf = (text: string): MarkdownDocument => parseMarkdown("a.md", text).document;

describe("compactTrees", () => {
  it("reads every position as before, and the same nodes in the same order", () => {
    const doc = documentOf(
      "---\ntitle: T\n---\n\n# Heading *em*\n\n- one\n- two [link](b.md)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText with `code`.[^1]\n\n[^1]: Note.\n",
    );
    const before = readOut(doc.tree);
    const kept = nodes(doc.tree);
    compactTrees([doc]);
    expect(readOut(doc.tree)).toEqual(before);
    expect(nodes(doc.tree)).toEqual(kept);
    for (const [i, node] of nodes(doc.tree).entries()) expect(node).toBe(kept[i]);
    expect(kept.every((node) => node.position instanceof OffsetPosition)).toBe(true);
  });

  it("keeps a plain position where the file's line index would not give it back (a lone \\r)", () => {
    const doc = documentOf("# Endings\r\n\r\nOld\rMac *line*\r\n");
    const before = readOut(doc.tree);
    compactTrees([doc]);
    expect(readOut(doc.tree)).toEqual(before);
    const plain = nodes(doc.tree).filter((node) => !(node.position instanceof OffsetPosition));
    expect(plain.length).toBeGreaterThan(0);
  });

  it("is idempotent, and a compact position cannot be written to", () => {
    const doc = documentOf("# A\n\nB *c*\n");
    compactTrees([doc]);
    const first = nodes(doc.tree).map((node) => node.position);
    compactTrees([doc]);
    expect(nodes(doc.tree).map((node) => node.position)).toEqual(first);
    for (const [i, node] of nodes(doc.tree).entries()) expect(node.position).toBe(first[i]);
    const at = doc.tree.position as Position;
    expect(() => {
      (at as { start: unknown }).start = { line: 9, column: 9, offset: 9 };
    }).toThrow(TypeError);
    expect(at.start.line).toBe(1);
  });

  for (const name of ["rust-project-goals", "wg-async"] as const) {
    it(`reads every position of ${name} as before`, {
      ...needsShared(`corpus/${name}`),
      timeout: 60_000,
    }, async () => {
      const { workspace } = buildWorkspace(await readWorkspace(sharedPath(`corpus/${name}`)));
      expect(workspace.documents.length).toBeGreaterThan(30);
      const before = workspace.documents.map((doc) => readOut(doc.tree));
      compactTrees(workspace.documents);
      expect(workspace.documents.map((doc) => readOut(doc.tree))).toEqual(before);
    });
  }
});
