import type { Definition, Image, Link, Root } from "mdast";
import { walkTree } from "../markdown/walk-tree.js";
import type { MarkdownDocument } from "../types.js";
import { linkFiles } from "./link-files.js";
import { type ResolvedLink, resolveLink } from "./resolve-link.js";

/** A link, image or definition of a document, and what its URL reaches. */
export interface DocumentLink {
  node: Link | Image | Definition;
  target: ResolvedLink;
}

interface Known {
  paths: ReadonlySet<string>;
  links: readonly DocumentLink[];
}

/** By parse tree: a tree reused from the parse cache is walked once per path set. */
const byTree = new WeakMap<Root, Known>();

/**
 * Every link, image and definition of a document, in order, resolved against the workspace's
 * `paths` (resolve-link.ts). Several check rules and the site read them all; a tree kept by the
 * parse cache (serve's reloads, a warm check) is walked and resolved once while the same path set
 * stands, so an edit costs only its own file's links.
 */
export function documentLinks(
  doc: MarkdownDocument,
  paths: ReadonlySet<string>,
): readonly DocumentLink[] {
  const known = byTree.get(doc.tree);
  if (known?.paths === paths) return known.links;
  const files = linkFiles(paths);
  const links: DocumentLink[] = [];
  walkTree(doc.tree, (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition")
      links.push({ node, target: resolveLink(node.url, doc.file, files) });
  });
  byTree.set(doc.tree, { paths, links });
  return links;
}
