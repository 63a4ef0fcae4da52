import { describe, expect, it } from "vitest";
import { filledSegments, progressBar } from "./progress-bar.js";

describe("progressBar", () => {
  it.each([
    [{ done: 2, total: 6 }, "▰▰▱▱▱▱"],
    [{ done: 5, total: 6 }, "▰▰▰▰▰▱"],
    [{ done: 6, total: 6 }, "▰▰▰▰▰▰"],
    [{ done: 0, total: 6 }, "▱▱▱▱▱▱"],
    [{ done: 1, total: 2 }, "▰▰▰▱▱▱"],
    [{ done: 1, total: 4 }, "▰▰▱▱▱▱"],
  ])("%o → %s", (progress, bar) => expect(progressBar(progress)).toBe(bar));

  it("shows all empty without progress or with a zero total", () => {
    expect(progressBar(undefined)).toBe("▱▱▱▱▱▱");
    expect(progressBar({ done: 0, total: 0 })).toBe("▱▱▱▱▱▱");
  });

  it("clamps progress beyond the total", () => {
    expect(filledSegments({ done: 9, total: 6 })).toBe(6);
    expect(filledSegments({ done: -1, total: 6 })).toBe(0);
  });
});
