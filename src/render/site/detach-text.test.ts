import { describe, expect, it } from "vitest";
import { detachText } from "./detach-text.js";

describe("detachText", () => {
  it("gives the same text: short, long, joined from pieces, sliced, any characters", () => {
    let joined = "";
    for (let i = 0; i < 200; i++) joined += `<td data-i="${i}">é😀</td>`;
    const page = `<a href="/goals/a-long-goal-name/">${"x".repeat(1000)}</a>`;
    const texts = [
      "",
      "a",
      "twelve chars",
      "thirteen char",
      joined,
      page.slice(9, 33),
      "\ud800 lone",
    ];
    for (const text of texts) expect(detachText(text)).toBe(text);
  });
});
