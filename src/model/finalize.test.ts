import { describe, expect, it } from "vitest";
import { finalizeWorkspace } from "./finalize.js";
import type { Item, Workspace } from "./types.js";

/** Files whose collation differs from code-point order, and two the collation holds equal. */
const FILES = [
  "goals/b.md",
  "goals/B.md",
  "goals/a-b.md",
  "goals/a_b.md",
  "goals/é.md",
  "goals/e.md",
  "goals/z.md",
  "goals/a\u00adb.md",
  "goals/ab.md",
  "goals/10.md",
  "goals/9.md",
];

function item(id: string, file: string, order: number): Item {
  return {
    id,
    file,
    order,
    kind: "goal",
    children: [],
    stories: [],
    milestones: [],
  } as unknown as Item;
}

describe("finalizeWorkspace", () => {
  it("orders items by order, then by file as localeCompare does, equal files kept in place", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 200; run++) {
      const items = Array.from({ length: 30 }, (_, i) =>
        item(`i${i}`, FILES[Math.floor(random() * FILES.length)]!, Math.floor(random() * 3)),
      );
      // Some runs leave a file out of the path set: those compare by localeCompare directly.
      const paths = new Set(FILES.filter(() => run % 3 !== 0 || random() < 0.7));
      const expected = [...items]
        .sort((a, b) => a.order - b.order || a.file.localeCompare(b.file))
        .map((i) => i.id);
      const ws = { items, paths } as unknown as Workspace;
      expect(finalizeWorkspace(ws).items.map((i) => i.id)).toEqual(expected);
    }
  });
});
