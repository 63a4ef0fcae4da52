import { describe, expect, it } from "vitest";
import { updateEveryDays, updateEverySchema, updateEveryValue } from "./update-every.js";

describe("updateEveryDays", () => {
  it("reads every word the schema accepts through the cadence parser, to the same days", () => {
    const words = { week: 7, weekly: 7, "2 weeks": 14, "two weeks": 14, biweekly: 14 };
    const more = { fortnightly: 14, "4 weeks": 28, "four weeks": 28 };
    for (const [word, days] of Object.entries({ ...words, ...more })) {
      expect(updateEverySchema.parse(word)).toBe(word);
      expect(updateEveryDays(word)).toBe(days);
    }
    expect(updateEveryDays(10)).toBe(10);
  });

  it("refuses a meeting cadence's words that are no update cadence, and writes names back", () => {
    expect(updateEverySchema.safeParse("monthly").success).toBe(false);
    expect(updateEverySchema.safeParse("daily").success).toBe(false);
    expect([7, 14, 28, 10].map(updateEveryValue)).toEqual(["weekly", "2 weeks", "4 weeks", 10]);
  });
});
