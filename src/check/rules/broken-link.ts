import type { Span } from "../../diagnostics/diagnostic.js";
import { anchorsOf } from "../../model/links/anchors.js";
import { documentLinks } from "../../model/links/document-links.js";
import { type ResolvedLink, resolveLink } from "../../model/links/resolve-link.js";
import { closestMatch } from "../closest-match.js";
import { defineRule, type Finding } from "../rule.js";

/**
 * A relative link, image or definition that points nowhere publishes a dead link. Targets resolve
 * as a Markdown site would (see model/links/resolve-link.ts); fragments must match a GitHub heading slug or an
 * HTML id/name anchor of the target page. External URLs are not fetched: a check stays offline.
 */
export const brokenLink = defineRule({
  id: "broken-link",
  examples: [
    {
      title: "links that resolve",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "# Notes\n\n## Plans\n\nSee [goals](goals/), [a](goals/a.html#why-it-matters), [plans](#plans) and [site](https://example.org/x).\n",
        "goals/README.md": "# Goals\n",
        "goals/a.md": "---\ntitle: A\nstate: help-wanted\n---\n\n## Why it matters\n",
      },
      expected: [],
    },
    {
      title: "a missing file and a missing anchor",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md": "# Notes\n\nSee [a](goals/b.md) and [plans](#plan).\n\n[logo]: ./logo.png\n",
        "goals/a.md":
          "---\ntitle: A\nstate: help-wanted\nlinks: [{ title: Design, url: design.md }]\n---\n",
      },
      expected: [
        "goals/a.md:4:31: Unexpected link to missing file `goals/design.md`, expected a path in the workspace",
        "notes.md:3:5: Unexpected link to missing file `goals/b.md`, expected a path in the workspace",
        "notes.md:3:25: Unexpected anchor `#plan` in `notes.md`, expected a heading or HTML anchor of that page",
        "notes.md:5:1: Unexpected link to missing file `logo.png`, expected a path in the workspace",
      ],
    },
    {
      title:
        "paths the site cannot publish: above the root, in a hidden folder, a folder without an index",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md":
          "# Notes\n\nSee [contributing](../CONTRIBUTING.md), [CI](.github/workflows/ci.yml) and [data](data/).\n",
        "data/table.csv": "a,b\n",
      },
      expected: [
        "notes.md:3:5: Unexpected link to `../CONTRIBUTING.md` outside the workspace, expected a path inside it",
        "notes.md:3:41: Unexpected link to hidden path `.github/workflows/ci.yml`, expected a file Waymark reads",
        "notes.md:3:76: Unexpected link to folder `data` without an index page, expected index.md or README.md in it",
      ],
    },
  ],
  check({ workspace, report }) {
    const documents = new Map(workspace.documents.map((d) => [d.file, d] as const));
    for (const doc of workspace.documents) {
      for (const { node, target } of documentLinks(doc, workspace.paths)) {
        if (target.kind === "external" || target.kind === "empty" || target.kind === "file")
          continue;
        const start = node.position?.start.offset ?? 0;
        const span = doc.lines.span(doc.file, start, node.position?.end.offset ?? 0);
        const finding = checkLink(target, span);
        if (finding) report(finding);
      }
    }
    // Front matter `links:` are links too, positioned at their `url` value.
    for (const item of workspace.items) {
      item.links.forEach((link, i) => {
        // Placed once found: the front matter's positions are made only for a finding.
        const target = resolveLink(link.url, item.file, workspace.paths);
        const finding = checkLink(target, item.span);
        if (finding) report({ ...finding, span: item.spans[`links.${i}.url`] ?? item.span });
      });
    }

    function checkLink(target: ResolvedLink, span: Span): Finding | undefined {
      if (target.kind === "outside")
        return target.why === "above-root"
          ? {
              span,
              message: `Unexpected link to \`${target.path}\` outside the workspace, expected a path inside it`,
              hint: "The site publishes only the workspace: link to that file by its full URL (https://…).",
            }
          : {
              span,
              message: `Unexpected link to hidden path \`${target.path}\`, expected a file Waymark reads`,
              hint: "Hidden files and folders are never read or published: link to that file by its full URL (https://…).",
            };
      if (target.kind === "missing") {
        if (target.why === "no-index")
          return {
            span,
            message: `Unexpected link to folder \`${target.path || "."}\` without an index page, expected index.md or README.md in it`,
            hint: `Add ${target.path ? `${target.path}/` : ""}README.md, or link to a file in the folder.`,
          };
        // Path typos are an edit or two; a looser match suggests unrelated files.
        const near = closestMatch(target.path, workspace.paths, 2);
        return {
          span,
          message: `Unexpected link to missing file \`${target.path}\`, expected a path in the workspace`,
          hint: near
            ? `Did you mean \`${near}\`? Paths are relative to the linking file.`
            : "Fix the path (it is relative to the linking file), or create the file.",
        };
      }
      if (target.kind !== "page" && target.kind !== "anchor") return undefined;
      const page = documents.get(target.file);
      if (target.fragment === undefined || !page) return undefined;
      const anchors = anchorsOf(page);
      if (anchors.has(target.fragment)) return undefined;
      const near = closestMatch(target.fragment, anchors.keys());
      return {
        span,
        message: `Unexpected anchor \`#${target.fragment}\` in \`${target.file}\`, expected a heading or HTML anchor of that page`,
        hint: near
          ? `Did you mean \`#${near}\`? Heading anchors are GitHub slugs: lowercase, with spaces as dashes.`
          : "Link to an existing heading (its GitHub slug: lowercase, spaces as dashes), or add the heading.",
      };
    }
  },
});
