import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHAPE, generateWorkspace } from "../../bench/generate-workspace.js";
import { EXAMPLE, HOSTILE } from "../../bench/hostile-inputs.js";
import { propertyRuns } from "../../test/helpers/property-runs.js";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";
import { markdownFile } from "../../test/helpers/workspace-arbitraries.js";
import { guardAutolinkLiterals } from "./guard-autolink-literals.js";
import { listFiles } from "./list-files.js";
import { parseWithinLimits } from "./parse-within-limits.js";

// The guarded processor against remark-gfm as it comes: the same tree for every text.
const stock = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
const guarded = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
const count = guardAutolinkLiterals(guarded);

/** Both parse within the limits, as parseMarkdown does, so no tree is too deep to compare. */
function expectSame(text: string): void {
  const parse = (processor: typeof stock) => (t: string) => processor.parse(t) as Root;
  const options = { frontMatter: true };
  expect(parseWithinLimits("a.md", text, parse(guarded), options)).toEqual(
    parseWithinLimits("a.md", text, parse(stock), options),
  );
}

async function expectSameFolder(dir: string): Promise<number> {
  const files = (await listFiles(dir)).filter((p) => p.endsWith(".md"));
  for (const file of files) expectSame(readFileSync(join(dir, file), "utf8"));
  return files.length;
}

describe("the autolink-literal guard", () => {
  it("guards remark-gfm's one transform", () => {
    expect(count).toBe(1);
  });

  it("still links the literals only the transform finds", () => {
    // micromark links most literals itself; after these characters only the transform does.
    for (const text of [
      "'www.a.org'",
      "$www.a.org",
      "![a](b)www.a.org",
      "`c`www.a.org",
      "1.www.a.org",
    ]) {
      expectSame(text);
      expect(JSON.stringify(guarded.parse(text))).toContain('"type":"link"');
    }
  });

  it("still links literal URLs and addresses, and skips trees without one", () => {
    for (const text of [
      "See https://example.org and www.rust-lang.org.",
      "Mail ann@example.org or mailto:bob@example.org, xmpp:c@example.org/x",
      "Thanks @ghost and @rust-lang/types; a@b.c, a+b@c-d.e_f, @x.y, a@b and a@.b",
      "HTTP://EXAMPLE.ORG and WWW.EXAMPLE.ORG",
      "[a link](https://example.org) only, and `code https://x.org`",
      "No URL here, only text.",
    ])
      expectSame(text);
    const linked = guarded.parse("Go to www.example.org.") as Root;
    expect(JSON.stringify(linked)).toContain('"type":"link"');
  });

  it("gives remark-gfm's trees for the example and a generated workspace", async () => {
    expect(await expectSameFolder(EXAMPLE)).toBeGreaterThan(10);
    for (const text of generateWorkspace({ ...DEFAULT_SHAPE, goals: 60, stories: 12 }).values())
      expectSame(text);
  });

  it("gives remark-gfm's trees for the hostile inputs", () => {
    for (const input of HOSTILE.filter((h) => !h.kind))
      for (const text of Object.values(input.files())) expectSame(text);
  });

  it("gives remark-gfm's trees for random Markdown", () => {
    fc.assert(
      fc.property(markdownFile, (text) => expectSame(text)),
      propertyRuns(300),
    );
  });

  it("gives remark-gfm's trees for random text made of the patterns' pieces", () => {
    const piece = fc.constantFrom(
      ..."@ a Z 0 . - + _ / : ' $ ` * ~ [ ] ( ) < > 中 é \n".split(" "),
      " ",
      "www",
      "WWW",
      "http",
      "https",
      "://",
      "mailto:",
      "xmpp:",
      "example.org",
      "&amp;",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expectSame(pieces.join(""));
      }),
      propertyRuns(500),
    );
  });

  it(
    "gives remark-gfm's trees for the wg-async corpus",
    needsShared("corpus/wg-async"),
    async () => {
      expect(await expectSameFolder(sharedPath("corpus/wg-async"))).toBeGreaterThan(10);
    },
  );

  it(
    "gives remark-gfm's trees for the rust-project-goals corpus",
    needsShared("corpus/rust-project-goals"),
    async () => {
      expect(await expectSameFolder(sharedPath("corpus/rust-project-goals"))).toBeGreaterThan(10);
    },
  );
});
