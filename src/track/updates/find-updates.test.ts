import { describe, expect, it } from "vitest";
import type { IssueComment } from "../forge.js";
import { clip, findUpdates } from "./find-updates.js";

const comment = (author: string | undefined, createdAt: string, body: string): IssueComment => ({
  author,
  createdAt,
  url: `https://github.com/a/b/issues/1#issuecomment-${createdAt.slice(8, 10)}`,
  body,
});

const rules = { owners: ["Alice"], marker: "TL;DR:" };

describe("findUpdates", () => {
  it("takes every comment by an owner (login without case) and any comment with the marker", () => {
    const updates = findUpdates(
      [
        comment("alice", "2026-09-01T10:00:00Z", "Merged the parser.\nMore below.\n\nDetails."),
        comment("bob", "2026-09-02T10:00:00Z", "Any news here?"),
        comment("bob", "2026-09-03T10:00:00Z", "Writing for Alice.\n\n**TL;DR:** tests green"),
        comment(undefined, "2026-09-04T10:00:00Z", "tl;dr: ghost update"),
      ],
      rules,
    );
    expect(updates.map((u) => [u.author, u.tldr])).toEqual([
      ["alice", "Merged the parser. More below."],
      ["bob", "tests green"],
      [undefined, "ghost update"],
    ]);
    expect(updates[0]?.url).toBe("https://github.com/a/b/issues/1#issuecomment-01");
  });

  it("keeps help-wanted lines, with or without emphasis, and skips headings for the TL;DR", () => {
    const [update] = findUpdates(
      [
        comment(
          "alice",
          "2026-09-01T10:00:00Z",
          "## Status\n\nStill going.\n\n- **Help wanted:** a reviewer\nHelp wanted: docs\nhelp wanted",
        ),
      ],
      rules,
    );
    expect(update?.tldr).toBe("Still going.");
    expect(update?.helpWanted).toEqual(["a reviewer", "docs"]);
  });

  it("sorts by date, whatever order the comments came in", () => {
    const updates = findUpdates(
      [
        comment("alice", "2026-09-05T10:00:00Z", "later"),
        comment("alice", "2026-09-01T10:00:00Z", "earlier"),
      ],
      rules,
    );
    expect(updates.map((u) => u.tldr)).toEqual(["earlier", "later"]);
  });

  it("makes one line of plain text: no control characters, at most 300 characters", () => {
    expect(clip("a\u0007b\u001b[31m\u2028c  \n d")).toBe("a b [31m c d");
    const long = clip(`${"word ".repeat(100)}`);
    expect(long.length).toBeLessThanOrEqual(301);
    expect(long.endsWith("word…")).toBe(true);
  });
});
