import { COPIED_TYPES, isCopiedFile } from "../../model/copied-files.js";
import { documentLinks } from "../../model/links/document-links.js";
import { defineRule } from "../rule.js";

const KINDS = Object.keys(COPIED_TYPES).filter(Boolean).join(", ");

/**
 * The site copies a linked file only when it is a kind a browser never runs as a page (see
 * model/copied-files.ts): an SVG, HTML or XML file could run script on the site's origin. A link
 * to any other file is published as its text alone, so the author hears about it here.
 */
export const uncopiedFile = defineRule({
  id: "uncopied-file",
  examples: [
    {
      title: "an image, a PDF and a CSV",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md": "# Notes\n\n![chart](chart.png) [slides](talk.pdf) [data](data.csv)\n",
        "chart.png": "png",
        "talk.pdf": "pdf",
        "data.csv": "a,b\n",
      },
      expected: [],
    },
    {
      title: "an SVG and a server-side include",
      files: {
        "waymark.yaml": "group: { name: G }\n",
        "notes.md": "# Notes\n\n![logo](logo.svg) and [the page](page.shtml)\n",
        "logo.svg": "<svg/>",
        "page.shtml": "<p/>",
      },
      expected: [
        "notes.md:3:1: Unexpected link to `logo.svg`, a kind of file the site does not publish, expected an image, PDF or text file",
        "notes.md:3:23: Unexpected link to `page.shtml`, a kind of file the site does not publish, expected an image, PDF or text file",
      ],
    },
  ],
  check({ workspace, report }) {
    for (const doc of workspace.documents) {
      for (const { node, target } of documentLinks(doc, workspace.paths)) {
        if (target.kind !== "file" || isCopiedFile(target.file)) continue;
        const start = node.position?.start.offset ?? 0;
        report({
          span: doc.lines.span(doc.file, start, node.position?.end.offset ?? start),
          message: `Unexpected link to \`${target.file}\`, a kind of file the site does not publish, expected an image, PDF or text file`,
          hint: `The site shows the link's text without a link. Link to the file in the repository with a full URL, or convert it to one of: ${KINDS}.`,
        });
      }
    }
  },
});
