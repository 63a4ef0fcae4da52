import { describe, expect, it } from "vitest";
import { Shell } from "./shell.js";

const shell = new Shell(
  {
    base: "/",
    groupName: "G",
    nav: [],
    people: {},
    teams: {},
    paths: ["goals/a.md", "goals/sub/a.md", "goals/b.md"],
    pageOfFile: { "goals/a.md": "/goals/a/", "goals/sub/a.md": "/goals/sub-a/" },
    copied: {},
    anchors: {},
  },
  [],
  new Set(["goals/a.md", "goals/sub/a.md", "goals/b.md"]),
);

describe("Shell.inlineHtml", () => {
  it("is made once per text and source, and resolves links from its source", () => {
    const fromGoals = shell.inlineHtml("see [a](a.md)", "goals/b.md");
    const fromSub = shell.inlineHtml("see [a](a.md)", "goals/sub/b.md");
    expect(fromGoals).toBe('see <a href="/goals/a/">a</a>');
    expect(fromSub).toBe('see <a href="/goals/sub-a/">a</a>');
    expect(shell.inlineHtml("see [a](a.md)", "goals/b.md")).toBe(fromGoals);
    expect(shell.inlineHtml("*b*", "goals/b.md")).toBe("<em>b</em>");
  });
});
