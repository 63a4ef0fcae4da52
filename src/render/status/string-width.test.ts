import { describe, expect, it } from "vitest";
import { padEnd, stringWidth } from "./string-width.js";

describe("stringWidth", () => {
  it.each([
    ["abc", 3],
    ["", 0],
    ["🦀", 2],
    ["✅ done", 7],
    ["✋", 2],
    ["💤", 2],
    ["⚒️", 2],
    ["▰▰▱▱▱▱", 6],
    ["  ↳ Scope API", 13],
    ["日本", 4],
    ["e\u0301", 1],
    ["👩‍💻", 2],
    ["\u001b[32mok\u001b[39m", 2],
  ])("%s is %i cells", (text, width) => expect(stringWidth(text)).toBe(width));

  it("pads by display width", () => {
    expect(padEnd("🦀", 4)).toBe("🦀  ");
    expect(padEnd("long", 2)).toBe("long");
  });
});
