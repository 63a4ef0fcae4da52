import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE } from "../../../../test/browser/example-site.js";
import { needsShared, sharedPath } from "../../../../test/helpers/shared-corpus.js";
import { runPipeline } from "../../../pipeline/run-pipeline.js";
import { isPlainInline, parsedInlineHtml } from "./render-markdown.js";

/** Mostly what plain text holds, and now and then a character that starts a Markdown construct. */
const PLAIN = [..."aBéßw1 9,;'\"()?!%+=/.-"];
const SPECIAL = [..."*_[]<>&#:@~|`\\\n\t"];
const CHAR = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
);

describe("plain inline text skips the parser", () => {
  it("only when the parser would give the text back unchanged", () => {
    fc.assert(
      fc.property(fc.array(CHAR, { maxLength: 24 }), (chars) => {
        const text = chars.join("");
        if (isPlainInline(text)) expect(parsedInlineHtml(text)).toBe(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it("takes the common titles and leaves the rest to the parser", () => {
    expect(isPlainInline("Async closures (RFC 3668), v2?")).toBe(true);
    expect(isPlainInline('Rust\'s "async fn" in traits')).toBe(true);
    for (const text of ["1. list", "www.rust-lang.org", "a *b*", "x ", "# h", "- item", "a:b"])
      expect(isPlainInline(text), text).toBe(false);
  });

  async function everyItemText(dir: string) {
    const { workspace } = await runPipeline(dir, { check: false });
    const texts = workspace.items.flatMap((i) => [i.title, i.shortTitle ?? "", ...i.owners]);
    for (const text of texts) if (isPlainInline(text)) expect(parsedInlineHtml(text)).toBe(text);
  }
  it("on the example's titles", () => everyItemText(EXAMPLE));
  describe("rust-project-goals", needsShared("corpus/rust-project-goals"), () => {
    it("on its titles", () => everyItemText(sharedPath("corpus/rust-project-goals")));
  });
});
