import { describe, expect, it } from "vitest";
import { ParseCache } from "../src/load/parse-markdown.js";
import { loadSite } from "../src/publish/site/load-site.js";
import {
  parseMarkdownText,
  sharedDefinitions,
} from "../src/render/site/markdown/render-markdown.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

/** A tree without positions: the loader's nodes are placed in their file, a fresh parse's in the text. */
const bare = (tree: unknown): unknown =>
  JSON.parse(JSON.stringify(tree, (key, value) => (key === "position" ? undefined : value)));

describe("Shell.markdownTree", () => {
  for (const corpus of ["rust-project-goals", "wg-async"] as const)
    it(
      `gives a ${corpus} body that uses shared references the tree a parse with their definitions gives`,
      needsShared(`corpus/${corpus}`),
      async () => {
        const loaded = await loadSite(
          { dir: sharedPath(`corpus/${corpus}`), date: "2024-09-15" },
          new ParseCache(),
          {},
        );
        const { shell } = loaded.source;
        let shared = 0;
        for (const doc of loaded.documents) {
          const first = doc.tree.children.find((node) => node.type !== "yaml");
          const body = doc.text.slice(first?.position?.start.offset ?? doc.text.length);
          const references = shell.references(doc.file);
          if (!body.trim() || !sharedDefinitions(body, references)) continue;
          shared++;
          const whole = parseMarkdownText(body, references);
          expect([doc.file, bare(shell.markdownTree(doc.file, body))]).toEqual([
            doc.file,
            bare(whole),
          ]);
        }
        if (corpus === "rust-project-goals") expect(shared).toBeGreaterThan(100);
      },
    );
});
