import { posix } from "node:path";
import type { Root } from "mdast";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { KnownNode } from "../../load/plain-blocks.js";
import { type LinkFiles, linkFiles } from "../../model/links/link-files.js";
import type { MarkdownDocument } from "../../model/types.js";
import {
  inlineMarkdownHtml,
  type LinkResolver,
  parseMarkdownText,
  sharedDefinitions,
} from "./markdown/render-markdown.js";
import { linkResolver } from "./markdown/resolve-link.js";

export interface NavEntry {
  path: string;
  label: string;
}

/**
 * What every page shares: the frame around it and the lookups its components make. It is plain
 * data, so its digest joins every page's cache key: change it and every page renders again.
 */
export interface ShellData {
  /** Base path of the site, starting and ending with "/". */
  base: string;
  groupName: string;
  nav: NavEntry[];
  /** Display names and profile URLs by handle, for every handle a page may name. */
  people: Record<string, { name?: string; url?: string }>;
  teams: Record<string, { name?: string; url?: string }>;
  /** Every workspace path: relative links resolve against them as `check` resolves them. */
  paths: string[];
  /** Site path of the page built from each source file, for rewriting relative links. */
  pageOfFile: Record<string, string>;
  /** Site path of each workspace file copied as is. */
  copied: Record<string, string>;
  /** Link fragments to mend, by `file#fragment` (see mendAnchors). */
  anchors: Record<string, string>;
  /** waymark.yaml's `references:`, label to URL (relative ones from the workspace root). */
  references?: Record<string, string>;
}

/** The shell with its lookups. Components reach it through `useShell()`. */
export class Shell {
  private readonly paths: LinkFiles;
  private readonly pages: Map<string, string>;
  private readonly files: Map<string, string>;
  private readonly anchors: Map<string, string>;
  private readonly documents: Map<string, MarkdownDocument>;

  /**
   * `documents` are the loader's parse trees, reused so no body is parsed twice; `paths` is the
   * model's set of `data.paths`, whose link view is cached by its identity across serve's reloads.
   */
  constructor(
    readonly data: ShellData,
    documents: MarkdownDocument[] = [],
    paths: ReadonlySet<string> = new Set(data.paths),
  ) {
    this.paths = linkFiles(paths);
    this.pages = new Map(Object.entries(data.pageOfFile));
    this.files = new Map(Object.entries(data.copied));
    this.anchors = new Map(Object.entries(data.anchors));
    this.documents = new Map(documents.map((d) => [d.file, d]));
  }

  /**
   * The mdast of `text`, a Markdown body from workspace file `source`: the loader's own nodes when
   * the text is a run of whole nodes of that file (a body after its front matter), else a fresh
   * parse. Either way the tree depends on the text alone, so cached pages stay valid.
   */
  markdownTree(source: string, text: string): Root {
    const references = this.references(source);
    const shared = sharedDefinitions(text, references) !== "";
    const nodes = this.wholeNodes(source, text);
    if (!nodes) return parseMarkdownText(text, references);
    if (!shared) return { type: "root", children: nodes.map((n) => n.node) };
    // A text that uses shared references is parsed again with their definitions appended: only
    // the blocks that use them are read again (`parseReusing`).
    const reuse = nodes.filter(
      ({ from, to }) => !sharedDefinitions(text.slice(from, to), references),
    );
    return parseMarkdownText(text, references, reuse);
  }

  /**
   * The loader's top-level nodes of `source` that make up `text` (a body after its front matter),
   * with their offsets in `text`; undefined when the text is not a run of whole nodes.
   */
  private wholeNodes(source: string, text: string): KnownNode[] | undefined {
    const doc = this.documents.get(source);
    const start = doc ? doc.text.lastIndexOf(text) : -1;
    if (!doc || start < 0 || !text.trim()) return undefined;
    const end = start + text.length;
    const nodes: KnownNode[] = [];
    for (const node of doc.tree.children) {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from === undefined || to === undefined) return undefined;
      if (to <= start || from >= end) continue;
      // A node cut by the text's edges means the text is not whole nodes: parse it alone.
      if (from < start || to > end) return undefined;
      nodes.push({ node, from: from - start, to: to - start });
    }
    return nodes;
  }

  /** The shared references for text from `source`, relative URLs rebased from the root to it. */
  references(source: string): Record<string, string> | undefined {
    const shared = this.data.references;
    if (!shared) return undefined;
    const folder = posix.dirname(source);
    let rebased = this.rebased.get(folder);
    if (!rebased) {
      const rebase = (url: string) =>
        /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url) ? url : posix.relative(folder, url) || url;
      rebased = Object.fromEntries(Object.entries(shared).map(([l, url]) => [l, rebase(url)]));
      this.rebased.set(folder, rebased);
    }
    return rebased;
  }

  private readonly rebased = new Map<string, Record<string, string>>();

  /**
   * The labels a fragment cut from `source` (a table cell, a metadata value) may use: the shared
   * references, then the file's own definitions, which win as they do in the whole file.
   */
  fragmentReferences(source: string): Record<string, string> | undefined {
    let own = this.ownDefinitions.get(source);
    if (!own) {
      own = {};
      for (const node of this.documents.get(source)?.tree.children ?? [])
        if (node.type === "definition" && !Object.hasOwn(own, node.identifier))
          own[node.identifier] = node.url;
      this.ownDefinitions.set(source, own);
    }
    const shared = this.references(source);
    return shared || Object.keys(own).length ? { ...shared, ...own } : undefined;
  }

  private readonly ownDefinitions = new Map<string, Record<string, string>>();

  /**
   * A line of Markdown from `source` (a title, a table cell, a metadata value) as inline HTML,
   * made once per text and source for every page this shell frames: a goal's title shows on its
   * page, in the roadmap's tables and on its owners' pages, and is parsed once.
   */
  inlineHtml(text: string, source: string): string {
    // By source, then text: strings the model holds already, no key made per call.
    let texts = this.inline.get(source);
    if (!texts) {
      texts = new Map();
      this.inline.set(source, texts);
    }
    let html = texts.get(text);
    if (html === undefined) {
      html = inlineMarkdownHtml(text, {
        resolveLink: this.links(source),
        references: this.fragmentReferences(source),
      });
      texts.set(text, html);
    }
    return html;
  }

  private readonly inline = new Map<string, Map<string, string>>();

  /** The href of a site path ("/goals/x/" → "/base/goals/x/"). */
  href = (path: string): string => this.data.base + path.replace(/^\//, "");

  /** Rewrites relative links written in a source file to the pages built from their targets. */
  links(source: string): LinkResolver {
    return linkResolver(source, {
      files: this.paths,
      pageOfFile: this.pages,
      copied: this.files,
      anchors: this.anchors,
      href: this.href,
    });
  }

  isTeam(id: string): boolean {
    return Object.hasOwn(this.data.teams, id) && !Object.hasOwn(this.data.people, id);
  }

  personName(handle: string): string {
    return (Object.hasOwn(this.data.people, handle) && this.data.people[handle]?.name) || handle;
  }

  teamName(id: string): string {
    return (Object.hasOwn(this.data.teams, id) && this.data.teams[id]?.name) || id;
  }
}

export const ShellContext = createContext<Shell | undefined>(undefined);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error("a site component rendered outside <ShellContext.Provider>");
  return shell;
}
