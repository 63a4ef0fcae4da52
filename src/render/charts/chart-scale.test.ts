import { describe, expect, it } from "vitest";
import { countTicks, linearScale, monthTicks, timeTicks } from "./chart-scale.js";

describe("chart scales", () => {
  it("ticks counts from 0 on steps of 1, 2 or 5 × 10ⁿ, reaching the maximum", () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(6)).toEqual([0, 2, 4, 6]);
    expect(countTicks(75)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it("maps values to coordinates, rounded to a tenth", () => {
    const y = linearScale([0, 30], [212, 16]);
    expect([y(0), y(10), y(30)]).toEqual([212, 146.7, 16]);
  });

  it("labels month starts, with the year on the first and on January", () => {
    const from = Date.parse("2026-08-03T00:00:00Z");
    const to = Date.parse("2027-02-10T00:00:00Z");
    expect(monthTicks(from, to).map((t) => t.label)).toEqual([
      "Sep 2026",
      "Oct",
      "Nov",
      "Dec",
      "Jan 2027",
      "Feb",
    ]);
  });

  it("falls back to weeks over a span shorter than two months", () => {
    const from = Date.parse("2026-09-07T00:00:00Z");
    const ticks = timeTicks(from, from + 14 * 86_400_000);
    expect(ticks.map((t) => t.label)).toEqual(["Sep 7", "Sep 14", "Sep 21"]);
  });
});
