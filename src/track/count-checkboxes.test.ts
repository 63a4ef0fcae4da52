import { describe, expect, it } from "vitest";
import { countCheckboxes } from "./count-checkboxes.js";

describe("countCheckboxes", () => {
  it("counts GFM task-list items, nested ones too", () => {
    const body = "Steps:\n\n- [x] design\n- [ ] implement\n  - [X] part one\n- plain item\n";
    expect(countCheckboxes(body)).toEqual({ done: 2, total: 3 });
  });

  it("ignores boxes in code blocks and a body without lists", () => {
    expect(countCheckboxes("```\n- [x] not a task\n```\n")).toEqual({ done: 0, total: 0 });
    expect(countCheckboxes("")).toEqual({ done: 0, total: 0 });
  });
});
