import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { checkFiles, lineOf } from "../../test/helpers/check-dir.js";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";

// Seeds are read in place, never copied into the repository.

describe("seed 003, the working group page", needsShared("seeds"), () => {
  it("reports `[uncategoried issues]`, used but never defined, at its line and column", async () => {
    const page = await readFile(sharedPath("seeds", "003_5de269d4e94ea50b.txt"), "utf8");
    const diagnostics = await checkFiles({
      "waymark.yaml": "group: { name: Async Foundations }\n",
      "wg.md": page,
    });
    const undefinedLabels = diagnostics.filter((d) => d.ruleId === "undefined-reference");
    expect(undefinedLabels.map(lineOf)).toEqual([
      "wg.md:85:10: Unexpected reference to undefined label `uncategoried issues`, expected a definition `[uncategoried issues]: <url>`",
    ]);
    expect(undefinedLabels[0]?.severity).toBe("error");
    expect(undefinedLabels[0]?.hint).toMatch(/Did you mean `\[uncategorized issues\]`\?/);
    // The other half of the typo, and the page's other dead definitions.
    expect(
      diagnostics.filter((d) => d.ruleId === "unused-definition").map((d) => d.span.start.line),
    ).toEqual([16, 90, 91, 96]);
  });
});
