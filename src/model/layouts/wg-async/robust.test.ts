import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyRuns } from "../../../../test/helpers/property-runs.js";
import { runCheck } from "../../../check/run-check.js";
import { buildWorkspace } from "../../build-workspace.js";

/** Pieces the book's pages are made of, shuffled into rows, cells and FAQ answers. */
const PIECE = fc.constantFrom(
  "🔻 ",
  "&nbsp;&nbsp;↳ ",
  "&nbsp;",
  "↳",
  "[A]",
  "[a]",
  "[Owner]",
  "[x](./roadmap/a.md)",
  "[y](../status_quo/s.html)",
  "[z](https://example.org/wg/vision/status_quo/s.html)",
  "[](#)",
  "✅",
  "🦀",
  "✋",
  "💤",
  "🚀",
  "▰▰▱",
  "▱▱▱▱▱▱",
  "**on hold**",
  "tbd",
  "|",
  " | ",
  "\\|",
  "`code`",
  "<br>",
  "",
);
const LINE = fc.array(PIECE, { maxLength: 8 }).map((p) => p.join(""));
const TABLE = fc
  .array(LINE, { maxLength: 6 })
  .map(
    (rows) =>
      `| Deliverable | State | Progress | Owner |\n| --- | --- | --- | --- |\n${rows.map((r) => `| ${r} |`).join("\n")}\n`,
  );
const PAGE = fc
  .array(
    fc.oneof(
      LINE,
      TABLE,
      fc.constantFrom(
        "# Title",
        "## Milestones",
        "## Impact",
        "## Initiatives",
        "### What are the sources for this story?",
        "### What status quo story or stories are you retelling?",
        "* **What are the sources for this story?**",
        "    * [post](https://example.org)",
        "| Milestone | Status | Key participants |\n| --- | --- | --- |\n| RFC | ✅ | [A] |",
        "[A]: https://github.com/a-person",
        "[a]: ./roadmap/a/b.md",
        "[owner]: https://www.rust-lang.org/governance/teams/lang",
      ),
    ),
    { maxLength: 10 },
  )
  .map((blocks) => blocks.join("\n\n"));

const FILES = fc.record({
  "book.toml": fc.oneof(
    fc.constant('[book]\nsrc = "src"\n[output.html]\nsite-url = "/wg/"\n'),
    fc.string(),
  ),
  "src/vision/roadmap.md": fc.oneof(TABLE, PAGE),
  "src/vision/roadmap/a.md": PAGE,
  "src/vision/roadmap/a/b.md": PAGE,
  "src/vision/characters/ann.md": PAGE,
  "src/vision/submitted_stories/status_quo/s.md": PAGE,
  "src/vision/submitted_stories/status_quo/template.md": PAGE,
  "src/vision/submitted_stories/shiny_future/f.md": PAGE,
  "src/welcome.md": PAGE,
  "src/CHARTER.md": PAGE,
});

describe("the wg-async layout on arbitrary pages", () => {
  it("never throws, and reports problems as diagnostics", () => {
    fc.assert(
      fc.property(FILES, (files) => {
        const entries = Object.entries(files);
        const input = {
          root: "/virtual",
          files: new Map(entries.map(([path, text]) => [path, { path, text, bom: false }])),
          paths: new Set(entries.map(([path]) => path)),
          diagnostics: [],
        };
        const { workspace, diagnostics } = buildWorkspace(input, { layout: "wg-async" });
        expect(workspace.layout).toBe("wg-async");
        runCheck(workspace, diagnostics);
      }),
      propertyRuns(60),
    );
  });
});
