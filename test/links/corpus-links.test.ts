import { describe, expect, it } from "vitest";
import { resolveLink } from "../../src/model/links/resolve-link.js";
import { walkTree } from "../../src/model/markdown/walk-tree.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { Shell } from "../../src/render/site/shell.js";
import { buildSiteIndex } from "../../src/render/site/site-index.js";
import { needsShared, sharedPath } from "../helpers/shared-corpus.js";

// Every link of the real corpora, through check and the site: what check accepts the site links,
// with its fragment; what check reports as missing the site unlinks. The one exception is a page
// whose content the model folds into another (wg-async's how_it_feels.md becomes the vision's
// tenets): it has no route of its own yet, so the site shows the link as text.
describe.each(["rust-project-goals", "wg-async"] as const)("links of the %s corpus", (name) => {
  const dir = sharedPath(`corpus/${name}`);
  it("check and the site agree on every relative link", {
    timeout: 120_000,
    ...needsShared(`corpus/${name}`),
  }, async () => {
    const opened = await runPipeline(dir);
    const ws = opened.workspace;
    const reported = new Set(
      opened.diagnostics
        .filter((d) => d.ruleId === "broken-link")
        .map((d) => `${d.span.file}:${d.span.start.offset}`),
    );
    const shell = new Shell(buildSiteIndex(ws, { date: "2024-09-15" }).shell, ws.documents);
    const disagree: string[] = [];
    let links = 0;
    for (const doc of ws.documents) {
      const site = shell.links(doc.file);
      walkTree(doc.tree, (node) => {
        if (node.type !== "link" && node.type !== "image") return;
        const target = resolveLink(node.url, doc.file, ws.paths);
        if (target.kind === "external" || target.kind === "empty") return;
        links++;
        const accepted = !reported.has(`${doc.file}:${node.position?.start.offset}`);
        const href = site(node.url);
        const where = `${doc.file}: ${node.url} → ${href}`;
        if (target.kind === "page" || target.kind === "file") {
          const routed = shell.data.pageOfFile[target.file] ?? shell.data.copied[target.file];
          if (!routed) {
            if (href !== null || !target.file.endsWith("/how_it_feels.md"))
              disagree.push(`unrouted ${where}`);
          } else if (typeof href !== "string" || !href.startsWith(shell.href(routed)))
            disagree.push(`not linked ${where}`);
          else if (accepted && target.fragment && !href.includes("#"))
            disagree.push(`fragment dropped ${where}`);
        } else if (target.kind === "anchor") {
          if (href === null && accepted) disagree.push(`anchor unlinked ${where}`);
        } else if (accepted || href !== null) disagree.push(`${target.kind} ${where}`);
      });
    }
    expect(links).toBeGreaterThan(100);
    expect(disagree).toEqual([]);
  });
});
