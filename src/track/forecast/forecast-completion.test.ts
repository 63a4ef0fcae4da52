import { describe, expect, it } from "vitest";
import type { BurnUpPoint } from "./burn-up.js";
import { forecastCompletion, riskOf } from "./forecast-completion.js";

/** One point a week, Mondays from 2026-09-07, with these done figures of `total`. */
function weekly(done: number[], total: number): BurnUpPoint[] {
  return done.map((d, k) => ({
    at: new Date(Date.parse("2026-09-07T12:00:00Z") + k * 7 * 86_400_000).toISOString(),
    done: d,
    total,
  }));
}

describe("forecastCompletion", () => {
  it("projects the average pace of the window, with the fastest and slowest week as the range", () => {
    // 2, 3, 5, 6, 8 of 20: weeks of 1, 2, 1, 2 closed, 1.5 a week; 12 left.
    const points = weekly([2, 3, 5, 6, 8], 20);
    const forecast = forecastCompletion(points, "2026-10-05T12:00:00Z");
    expect(forecast).toEqual({
      kind: "projected",
      remaining: 12,
      weeks: 4,
      pace: 1.5,
      slowest: 1,
      fastest: 2,
      date: "2026-11-30", // 12 / 1.5 = 8 weeks
      earliest: "2026-11-16", // 12 / 2 = 6 weeks
      latest: "2026-12-28", // 12 / 1 = 12 weeks
    });
  });

  it("looks back at most six weeks", () => {
    // Ten fast weeks long ago, then six weeks of one a week: the pace is 1.
    const points = weekly([0, 10, 20, 30, 31, 32, 33, 34, 35, 36], 50);
    const forecast = forecastCompletion(points, points.at(-1)!.at);
    expect(forecast).toMatchObject({ kind: "projected", weeks: 6, pace: 1, fastest: 1 });
  });

  it("gives no latest date when a week of the window got nothing done", () => {
    const forecast = forecastCompletion(weekly([0, 2, 2, 4], 10), "2026-09-28T12:00:00Z");
    expect(forecast).toMatchObject({ kind: "projected", slowest: 0, fastest: 2 });
    expect(forecast).not.toHaveProperty("latest");
  });

  it("carries the last figures forward between syncs that are weeks apart", () => {
    const points = [
      { at: "2026-09-01T00:00:00Z", done: 0, total: 8 },
      { at: "2026-09-29T00:00:00Z", done: 4, total: 8 },
    ];
    // Four weeks: the first three moved nothing, the last one moved 4 → 1 a week.
    const forecast = forecastCompletion(points, "2026-09-29T00:00:00Z");
    expect(forecast).toMatchObject({ kind: "projected", weeks: 4, pace: 1, date: "2026-10-27" });
  });

  it("says so when there is too little history, instead of making up a date", () => {
    const points = weekly([1, 2], 10);
    expect(forecastCompletion(points, "2026-09-14T12:00:00Z")).toEqual({
      kind: "too-little-history",
      syncs: 2,
      days: 7,
    });
    expect(forecastCompletion([], "2026-09-14T12:00:00Z")).toEqual({ kind: "no-history" });
  });

  it("knows finished work and work that stopped moving", () => {
    expect(forecastCompletion(weekly([1, 4], 4), "2026-09-14T12:00:00Z")).toEqual({
      kind: "done",
      done: 4,
      total: 4,
    });
    expect(forecastCompletion(weekly([3, 3, 3, 3], 9), "2026-09-28T12:00:00Z")).toEqual({
      kind: "stalled",
      remaining: 6,
      weeks: 3,
    });
  });

  it("counts work reopened as no pace, never a negative one", () => {
    const forecast = forecastCompletion(weekly([5, 3, 4], 10), "2026-09-21T12:00:00Z");
    expect(forecast).toEqual({ kind: "stalled", remaining: 6, weeks: 2 });
  });

  it("takes the remaining work from the latest total, scope added included", () => {
    const points = weekly([2, 4, 6], 10).map((p, k) => ({ ...p, total: 10 + k * 5 }));
    // 6 of 20 done at 2 a week: 14 left, 7 weeks.
    expect(forecastCompletion(points, "2026-09-21T12:00:00Z")).toMatchObject({
      remaining: 14,
      date: "2026-11-09",
    });
  });
});

describe("riskOf", () => {
  const projected = forecastCompletion(weekly([2, 3, 5, 6, 8], 20), "2026-10-05T12:00:00Z");

  it("is on track when even the slowest week's pace ends in time", () => {
    expect(riskOf(projected, "2026-12-31")).toBe("on-track");
  });

  it("is at risk when the average pace ends in time and the slowest does not", () => {
    expect(riskOf(projected, "2026-12-15")).toBe("at-risk");
  });

  it("is off track when the average pace ends too late, or nothing moves", () => {
    expect(riskOf(projected, "2026-11-29")).toBe("off-track");
    expect(riskOf({ kind: "stalled", remaining: 3, weeks: 4 }, "2026-12-31")).toBe("off-track");
  });

  it("is unknown without an end or enough history, and done when done", () => {
    expect(riskOf(projected, undefined)).toBe("unknown");
    expect(riskOf({ kind: "too-little-history", syncs: 1, days: 0 }, "2026-12-31")).toBe("unknown");
    expect(riskOf({ kind: "done", done: 3, total: 3 }, undefined)).toBe("done");
  });
});
