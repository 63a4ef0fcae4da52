import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHAPE, generateWorkspace } from "../../../../bench/generate-workspace.js";
import { EXAMPLE, HOSTILE } from "../../../../bench/hostile-inputs.js";
import { propertyRuns } from "../../../../test/helpers/property-runs.js";
import { needsShared, sharedPath } from "../../../../test/helpers/shared-corpus.js";
import { markdownFile } from "../../../../test/helpers/workspace-arbitraries.js";
import { listFiles } from "../../../load/list-files.js";
import { parseMarkdown } from "../../../load/parse-markdown.js";
import { directBlocks } from "./direct-html.js";
import { hastBlocks, type LinkResolver, parseMarkdownText } from "./render-markdown.js";

const RESERVED = ["main", "facts", "impact"];

/** Some links rewritten, some unlinked, the rest left: as a page's resolver would. */
const resolveLink: LinkResolver = (url) =>
  url.includes("gone")
    ? null
    : url.includes(".md")
      ? `/site/${url.replace(/\.md/, "/")}`
      : undefined;

const slugger = () => {
  const made = new GithubSlugger();
  for (const id of RESERVED) made.slug(id);
  return made;
};

/** The direct path's blocks, when it takes the tree, are the unified pipeline's. */
function expectSame(tree: Root): boolean {
  const direct = directBlocks(tree, resolveLink, slugger());
  if (direct === undefined) return false;
  expect(direct).toEqual(hastBlocks(tree, { resolveLink, reserved: RESERVED }, slugger()));
  return true;
}

/** A file's tree without its front matter, as a page renders its body (`Shell.markdownTree`). */
const bodyTree = (text: string): Root => ({
  type: "root",
  children: parseMarkdown("a.md", text).document.tree.children.filter((n) => n.type !== "yaml"),
});

async function expectSameFolder(dir: string): Promise<{ files: number; direct: number }> {
  const files = (await listFiles(dir)).filter((p) => p.endsWith(".md"));
  let direct = 0;
  for (const file of files)
    if (expectSame(bodyTree(readFileSync(join(dir, file), "utf8")))) direct++;
  return { files: files.length, direct };
}

/** Pieces of the Markdown the direct path writes, and of what it must leave to the other path. */
const piece = fc.constantFrom(
  "*",
  "**",
  "_",
  "~~",
  "`",
  "  \n",
  "\\\n",
  "\t",
  " ",
  "```rust title\n",
  "```\n",
  "~~~ \n",
  "    code\n",
  "1. ",
  "3) ",
  "- ",
  "* ",
  "> ",
  "- [x] ",
  "# ",
  "## ",
  "### ",
  "#### User content x\n",
  "Setext\n===\n",
  "---\n",
  "[a](./notes.md#x)",
  "[b](gone.md)",
  "[c](gone)",
  "[d](#x)",
  "[e](#user-content-x)",
  '[t](https://a.example/ "ti\'t&le")',
  "[j](javascript:alert(1))",
  "[m](mailto:a@b.example)",
  "[s](HTTPS://x.example)",
  "[u](<a b>)",
  "[v](a%zz%20é)",
  "![i](img.png)",
  "[r][d]",
  "[d]: ./goals/a.md",
  "[^1]",
  "[^1]: note",
  "[#channel]",
  "[x][y]",
  "www.example.org",
  "https://example.org/a?b=c&d",
  "a@b.example",
  "<b>bold</b>",
  "<!-- c -->",
  "&amp;",
  "&",
  "<",
  ">",
  '"',
  "'",
  "`code`",
  "| a | b |\n|:--|--:|\n| c | d | e |\n",
  "| x |\n| --- |\n",
  "|",
  "\\[",
  "é中🦀",
  "\r\n",
  "\n",
  "\n\n",
  "word",
);
const markdown = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 });

describe("the direct Markdown writer", () => {
  it("writes what the unified pipeline writes, for random Markdown of its pieces", () => {
    let taken = 0;
    fc.assert(
      fc.property(markdown, (pieces) => {
        if (expectSame(parseMarkdownText(pieces.join("")))) taken++;
      }),
      propertyRuns(1500),
    );
    // Most of it is written directly, so the comparison is not empty.
    expect(taken).toBeGreaterThan(100);
  });

  it("writes what the unified pipeline writes, for random files", () => {
    fc.assert(
      fc.property(markdownFile, (text) => {
        expectSame(bodyTree(text));
      }),
      propertyRuns(300),
    );
  });

  it("takes every body of a generated workspace, as the pipeline writes them", () => {
    const files = [...generateWorkspace({ ...DEFAULT_SHAPE, goals: 60, stories: 12 })];
    const markdownFiles = files.filter(([path]) => path.endsWith(".md"));
    expect(markdownFiles.filter(([, text]) => expectSame(bodyTree(text)))).toHaveLength(
      markdownFiles.length,
    );
  });

  it("writes what the pipeline writes for the example and the hostile inputs", async () => {
    const { files, direct } = await expectSameFolder(EXAMPLE);
    expect(files).toBeGreaterThan(10);
    expect(direct).toBeGreaterThan(0);
    for (const input of HOSTILE.filter((h) => !h.kind))
      for (const text of Object.values(input.files())) expectSame(bodyTree(text));
  });

  it("leaves what it does not write to the pipeline", () => {
    for (const text of [
      "![i](img.png)",
      "a[^1]\n\n[^1]: note",
      "- [x] done",
      "[d](#x)\n\n# User content x",
    ])
      expect(directBlocks(parseMarkdownText(text), resolveLink, slugger())).toBeUndefined();
    // A reference cut from the file that defines it.
    const cut = parseMarkdownText("[r][d]\n\n[d]: https://x.example");
    expect(directBlocks(cut, resolveLink, slugger())).toHaveLength(1);
    cut.children.pop();
    expect(directBlocks(cut, resolveLink, slugger())).toBeUndefined();
  });

  it("escapes text and attributes as rehype-stringify does, and drops unsafe links", () => {
    const blocks = directBlocks(
      parseMarkdownText('<i>a</i> & <b [x](javascript:y "a\'&`b") [z](gone.md)'),
      resolveLink,
      slugger(),
    );
    expect(blocks).toEqual([
      {
        html: '<p>a &#x26; &#x3C;b <a title="a&#x27;&#x26;&#x60;b">x</a> <span>z</span></p>',
      },
    ]);
  });

  for (const [corpus, atLeast] of [
    ["wg-async", 10],
    ["rust-project-goals", 100],
  ] as const)
    it(
      `writes what the pipeline writes for the ${corpus} corpus`,
      needsShared(`corpus/${corpus}`),
      async () => {
        const { files, direct } = await expectSameFolder(sharedPath(`corpus/${corpus}`));
        expect(files).toBeGreaterThan(atLeast);
        expect(direct).toBeGreaterThan(0);
      },
    );
});
