import type { FrontMatterDocument } from "../../markdown/document.js";
import { readMetadata } from "./metadata.js";
import { type Outline, type OutlineTable, outline } from "./outline.js";

export interface FileKind {
  kind: "goal" | "readme" | "roadmap" | "page";
  doc: FrontMatterDocument;
  /** The file name without `.md`. */
  name: string;
  /** The period folder the file sits in, lower case. */
  period?: string;
  tree: Outline;
  /** A goal's `| Metadata | |` table. */
  metadata?: OutlineTable;
}

const PERIOD_FILE = /^(\d{4}(?:h[12])?)\/([^/]+)\.md$/i;
const EMPTY: Outline = { sections: [], preamble: [] };

/**
 * Where the period folders live: `src/` in a checkout of the repository, or the root when
 * waymark is pointed at `src/` itself. Undefined when there are none.
 */
export function contentBase(paths: Iterable<string>): string | undefined {
  let root = false;
  for (const path of paths) {
    if (path.startsWith("src/") && PERIOD_FILE.test(path.slice(4))) return "src/";
    if (PERIOD_FILE.test(path)) root = true;
  }
  return root ? "" : undefined;
}

/**
 * What a file is. In a period folder: the README (the period's page), a `roadmap-*.md` theme, or
 * a goal, which is any page opening with a metadata table that has a Status or Point of contact
 * row. Template copies are never goals. Everything else is a page.
 */
export function classify(doc: FrontMatterDocument, base: string): FileKind {
  const file = doc.document.file;
  const m = file.slice(base.length).match(PERIOD_FILE);
  const name = (m?.[2] ?? file.replace(/^.*\//, "")).replace(/\.md$/i, "");
  if (!m || !file.startsWith(base)) return { kind: "page", doc, name, tree: EMPTY };
  const period = m[1]!.toLowerCase();
  if (/^(readme|index)$/i.test(name)) return { kind: "readme", doc, name, period, tree: EMPTY };
  const tree = outline(doc.document);
  if (/^roadmap-/i.test(name)) return { kind: "roadmap", doc, name, period, tree };
  const title = tree.sections[0]?.title ?? "";
  const metadata = [...tree.preamble, ...(tree.sections[0]?.tables ?? [])].find(
    (t) => t.kind === "metadata",
  );
  const isTemplate = /template/i.test(name) || /^template\b/i.test(title);
  if (!metadata || isTemplate) return { kind: "page", doc, name, period, tree };
  const meta = readMetadata(doc.document, metadata.node);
  if (!meta.status && !meta.pointOfContact) return { kind: "page", doc, name, period, tree };
  return { kind: "goal", doc, name, period, tree, metadata };
}
