import { describe, expect, it } from "vitest";
import type { Item, ItemUpdate } from "../../model/types.js";
import type { Reminders } from "../../track/updates/select-reminders.js";
import type { UpdateReport } from "../../track/updates/select-report.js";
import { markdownLink, markdownText } from "./markdown-text.js";
import { renderReminders } from "./render-reminders.js";
import { renderUpdateReport } from "./render-update-report.js";

const hostile: ItemUpdate = {
  author: "mallory",
  date: "2026-09-02T10:00:00Z",
  url: "https://github.com/a/b/issues/1#issuecomment-1",
  tldr: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** `code` | table & &amp;",
  helpWanted: ["# not a heading"],
};
const item = { id: "a", title: "A *goal* <b>", owners: ["alice"], state: "in-progress" } as Item;

describe("the update report and reminders as Markdown", () => {
  it("escapes every text from GitHub or a file, so nothing becomes a tag, link or emphasis", () => {
    expect(markdownText(hostile.tldr)).toBe(
      "\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*\\*bold\\*\\* \\`code\\` \\| table \\& \\&amp;",
    );
    expect(markdownText("# title")).toBe("\\# title");
    expect(markdownText("1. first")).toBe("1\\. first");
    expect(markdownLink("x", "javascript:alert(1)")).toBe("[x](#)");
    expect(markdownLink("x", "https://a.example/(y) z")).toBe("[x](https://a.example/%28y%29%20z)");
  });

  it("renders a window: updates with links, help wanted, and an explicit line without one", () => {
    const report: UpdateReport = {
      from: "2026-09-01",
      to: "2026-09-30",
      entries: [
        {
          item,
          depth: 0,
          issue: "a/b#1",
          url: "https://github.com/a/b/issues/1",
          synced: true,
          updates: [hostile],
          helpWanted: [{ text: "# not a heading", update: hostile }],
        },
        {
          item: { ...item, title: "Quiet", owners: [] },
          depth: 1,
          issue: "a/b#2",
          url: "https://github.com/a/b/issues/2",
          synced: true,
          updates: [],
          helpWanted: [],
        },
      ],
      untracked: [],
    };
    const text = renderUpdateReport(report, { group: "G", asOf: "2026-10-01T00:00:00Z" });
    expect(text).toContain("## A \\*goal\\* \\<b\\>\n");
    expect(text).toContain("- 2026-09-02 @mallory: \\<img");
    expect(text).toContain(
      "- **Help wanted:** \\# not a heading ([comment](https://github.com/a/b/issues/1#issuecomment-1))",
    );
    expect(text).toContain("### Quiet\n\nOwners: none yet");
    expect(text).toContain("_No update from 2026-09-01 to 2026-09-30._");
    expect(text).not.toMatch(/[^\\](<img|<b>|\]\(javascript)/);
  });

  it("says so when no item is due", () => {
    const none: Reminders = { date: "2026-09-01", digests: [], unowned: [] };
    expect(renderReminders(none, { teams: new Set(), marker: "TL;DR:" })).toBe(
      "No item needs an update as of 2026-09-01.\n",
    );
  });
});
