import { describe, expect, it } from "vitest";
import type { Item } from "../types.js";
import { topItems } from "./top-items.js";

const item = (id: string, file: string, parent?: string): Item =>
  ({ id, file, parent, children: [] }) as unknown as Item;

describe("topItems", () => {
  it("maps a file to the item its other items descend from, in any listing order", () => {
    const tops = topItems([
      item("g.part", "g.md", "g"),
      item("g.part.sub", "g.md", "g.part"),
      item("g", "g.md"),
      item("h", "h.md"),
    ]);
    expect(tops.get("g.md")?.id).toBe("g");
    expect(tops.get("h.md")?.id).toBe("h");
  });

  it("maps a file whose items have no one top to null", () => {
    // A roadmap page: a goal of its own, and an initiative of a goal in another file.
    const tops = topItems([
      item("async-fn", "async-fn.md"),
      item("tait", "roadmap.md", "async-fn"),
      item("portable", "roadmap.md"),
    ]);
    expect(tops.get("roadmap.md")).toBeNull();
    expect(tops.get("async-fn.md")?.id).toBe("async-fn");
  });

  it("survives a parent cycle", () => {
    const tops = topItems([item("a", "x.md", "b"), item("b", "x.md", "a")]);
    expect(tops.get("x.md")).toBeNull();
  });

  it("answers a list of the same shape with its own items, and a new shape afresh", () => {
    const first = [item("g", "g.md"), item("g.part", "g.md", "g"), item("h", "h.md")];
    topItems(first);
    // serve's patched model: the edited goal is a new object, the others are the same.
    const edited = [item("g", "g.md"), first[1]!, first[2]!];
    const tops = topItems(edited);
    expect(tops.get("g.md")).toBe(edited[0]);
    expect(tops.get("h.md")).toBe(first[2]);
    // The part moved under another goal: not the same shape, so worked out again.
    const moved = [edited[0]!, item("g.part", "g.md", "h"), first[2]!];
    expect(topItems(moved).get("g.md")).toBeNull();
  });
});
