import { type FunctionComponent, h, type VNode } from "preact";
import { render } from "preact-render-to-string";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { collectLinks, type Markup } from "./links/collect-links.js";
import type { PageLinks } from "./links/page-links.js";
import { type Shell, ShellContext } from "./shell.js";

/** One file of the site: a page, a stylesheet, the JSON. */
export interface Route {
  /** Site path: "/goals/x/" for a page, "/waymark.json" for a file. */
  path: string;
  /**
   * Plain data the route is rendered from, and nothing else: its digest (with the shell's) is the
   * route's cache key, so a route renders again only when what it shows has changed.
   */
  key: unknown;
  render(shell: Shell): string;
  /** A page's render with the links and ids it wrote (see collect-links.ts), for the build. */
  renderLinked?(shell: Shell): RenderedPage;
  /**
   * Checks the rendered text before it is written (the feed must be well-formed XML). A problem
   * is our bug, reported as a diagnostic that stops the build instead of writing a broken file.
   */
  verify?(text: string): Diagnostic[];
}

/** A page's HTML, and its links and ids when all were collected as it rendered. */
export interface RenderedPage {
  text: string;
  links: PageLinks | undefined;
}

/** A workspace file copied to the site as is (an image a page shows). */
export interface CopiedFile {
  path: string;
  /** Workspace-relative source. */
  file: string;
}

/**
 * A page route: `view` is the key, and the page component gets nothing else. `view` may be a
 * function, called when the key or the page is first wanted (again if wanted after the render):
 * the dev server then pays for the one page it is asked for, not for every view of the site on
 * every reload.
 */
export function pageRoute<V extends object>(
  path: string,
  view: V | (() => V),
  Page: FunctionComponent<V>,
): Route {
  const make = typeof view === "function" ? (view as () => V) : () => view;
  // Kept from the key's reading to the render, then let go: a build holds every route until it
  // ends, and serve keeps the rendered page itself (site-app.ts).
  let made: V | undefined;
  const render = (shell: Shell): string => {
    const page = renderPage(shell, h(Page, made ?? make()) as VNode);
    made = undefined;
    return page;
  };
  return {
    path,
    get key() {
      made ??= make();
      return made;
    },
    // Only the build reads the links: serve's pages are rendered without collecting them.
    render,
    renderLinked: (shell) => {
      const { value, links } = collectLinks(() => render(shell));
      return { text: value, links };
    },
  };
}

/** `make`, called at most once. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** A text file whose content is its own key. */
export function textRoute(path: string, text: string): Route {
  return { path, key: text, render: () => text };
}

/**
 * A route made from the whole model (waymark.json, the search index). Its key is `inputs`, a digest of
 * everything the model is built from, when the caller has one; else the text itself, made once.
 */
export function lazyRoute(path: string, inputs: unknown, make: () => string): Route {
  // As pageRoute: made for the key (when there is no digest of the inputs) or the render, and
  // let go once rendered.
  let text: string | undefined;
  return {
    path,
    get key() {
      if (inputs !== undefined) return inputs;
      text ??= make();
      return text;
    },
    render: () => {
      const made = text ?? make();
      text = undefined;
      return made;
    },
  };
}

export function renderPage(shell: Shell, page: VNode): string {
  return `<!doctype html>\n${renderInShell(shell, page)}\n`;
}

function renderInShell(shell: Shell, node: VNode): string {
  return render(<ShellContext.Provider value={shell}>{node}</ShellContext.Provider>);
}

/**
 * Part of a page as HTML, to render once and place in many pages (the same bytes as inline). Its
 * links are its own (`renderMarkup`), not those of a page rendering when it is made.
 */
export function renderFragment(shell: Shell, node: VNode): string {
  return renderMarkup(shell, node).html;
}

/** `renderFragment` with the links and ids of what it rendered, to place with `innerMarkup`. */
export function renderMarkup(shell: Shell, node: VNode): Markup {
  const { value, links } = collectLinks(() => renderInShell(shell, node));
  return { html: value, links };
}
