import { describe, expect, it } from "vitest";
import type { Item, ItemUpdate } from "../../model/types.js";
import { updatesPerMonth } from "./updates-per-month.js";

const update = (date: string, url: string): ItemUpdate => ({
  author: "a",
  date,
  url,
  tldr: "t",
  helpWanted: [],
});
const item = (updates: ItemUpdate[]) => ({ updates: { updates } }) as unknown as Item;

describe("updatesPerMonth", () => {
  it("counts each month from the first update to the last, empty months as 0", () => {
    const items = [
      item([update("2026-08-03T10:00:00Z", "u1"), update("2026-08-20T10:00:00Z", "u2")]),
      item([update("2026-11-01T10:00:00Z", "u3")]),
    ];
    expect(updatesPerMonth(items)).toEqual([
      { month: "2026-08", count: 2 },
      { month: "2026-09", count: 0 },
      { month: "2026-10", count: 0 },
      { month: "2026-11", count: 1 },
    ]);
  });

  it("counts an update once when two items track the same issue, and crosses a year", () => {
    const shared = [update("2026-12-31T23:00:00Z", "u1"), update("2027-01-01T01:00:00Z", "u2")];
    expect(updatesPerMonth([item(shared), item(shared)])).toEqual([
      { month: "2026-12", count: 1 },
      { month: "2027-01", count: 1 },
    ]);
    expect(updatesPerMonth([item([])])).toEqual([]);
  });
});
