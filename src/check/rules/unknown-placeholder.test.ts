import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../../test/helpers/check-dir.js";

const GOAL =
  "# A\n\n| Metadata | |\n| --- | --- |\n| Point of contact | @alice |\n| Status | Accepted |\n";

describe("unknown-placeholder", () => {
  it("points at the placeholder and lists the known ones in its hint", async () => {
    const found = (
      await checkFiles({
        "src/2026/a.md": GOAL,
        "src/2026/README.md": "# 2026\n\nText, then (((TEAM ASK))).\n",
      })
    ).filter((d) => d.ruleId === "unknown-placeholder");
    expect(found.map(lineOf)).toEqual([
      "src/2026/README.md:3:12: Unexpected placeholder `(((TEAM ASK)))`, expected one the rust-project-goals book generates",
    ]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.span.end.column).toBe(26);
    expect(found[0]!.hint).toContain("(((TEAM ASKS)))");
    expect(found[0]!.hint).toContain("(((ROADMAP ROWS: …)))");
  });

  it("says nothing in a native workspace, where `(((` is plain text", async () => {
    const found = await checkFiles({
      "waymark.yaml": "group: { name: G }\n",
      "notes.md": "# Notes\n\n(((lisp)))\n",
    });
    expect(found.filter((d) => d.ruleId === "unknown-placeholder")).toEqual([]);
  });
});
