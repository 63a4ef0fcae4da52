import { type ComponentChildren, Fragment, h, type VNode } from "preact";
import { SITE_CSP, SITE_JS_INTEGRITY } from "../content-security-policy.js";
import { joinMarkup, type Markup, markupNode, scannedMarkup } from "../links/collect-links.js";
import { renderFragment } from "../route.js";
import type { Shell } from "../shell.js";
import { useShell } from "../shell.js";
import { sitePaths } from "../site-paths.js";
import { SearchBox } from "./search-box.js";

export interface LayoutProps {
  /** The page's own site path, to mark the current nav entry. */
  path: string;
  title: string;
  /** Short description for search engines and link previews. */
  description?: string;
  children: ComponentChildren;
}

/**
 * The frame of every page: skip link, header with the site nav and search, main, footer. The
 * parts that are the same on every page of a shell are rendered once, by preact (`frameOf`), and
 * placed as they are around the page's own content (a template node, as preact's precompiled JSX
 * makes); the page's title and description are escaped as preact escapes text and attributes.
 * `layout.test.tsx` holds the pages to what the same frame written as JSX renders.
 */
export function Layout({ path, title, description, children }: LayoutProps) {
  const shell = useShell();
  const frame = frameOf(shell);
  const { groupName } = shell.data;
  const fullTitle = title === groupName ? title : `${title} · ${groupName}`;
  const meta = description ? `<meta name="description" content="${escapeHtml(description)}"/>` : "";
  const nav = shell.data.nav.map(
    (entry, i) => (current(entry.path, path) ? frame.on : frame.off)[i]!,
  );
  const open = joinMarkup([
    frame.head,
    // Escaped text in tags without links or ids: nothing to collect or read.
    { html: `${meta}<title>${escapeHtml(fullTitle)}</title>`, links: NO_LINKS },
    frame.header,
    ...nav,
    frame.main,
    { html: `<h1>${escapeHtml(title)}</h1>`, links: NO_LINKS },
  ]);
  return h(Fragment, null, markupNode(open), children, frame.end);
}

const NO_LINKS = { links: [], ids: [] };

function current(entry: string, path: string): boolean {
  return entry === path || (entry !== "/" && path.startsWith(entry));
}

/** The frame's fixed HTML, around the title, the nav entries and the page's content. */
interface Frame {
  head: Markup;
  header: Markup;
  /** Each nav entry's `<li>`, marked as the current page, and not. */
  on: Markup[];
  off: Markup[];
  main: Markup;
  /** After the content: a template node, the same on every page. */
  end: VNode;
}

const frames = new WeakMap<Shell, Frame>();

function frameOf(shell: Shell): Frame {
  let frame = frames.get(shell);
  if (!frame) {
    frame = makeFrame(shell);
    frames.set(shell, frame);
  }
  return frame;
}

function makeFrame(shell: Shell): Frame {
  const { groupName, nav } = shell.data;
  const html = (node: ComponentChildren) => renderFragment(shell, h(Fragment, null, node));
  const end = `</main>${html(
    <footer class="site-footer">
      <p>
        Published with waymark from the group's roadmap files. Also available as{" "}
        <a href={shell.href(sitePaths.json)}>JSON</a> and an{" "}
        <a href={shell.href(sitePaths.feed)}>Atom feed</a>.
      </p>
    </footer>,
  )}</body></html>`;
  const entry = (path: string, label: string, on: boolean) =>
    html(
      <li>
        <a href={shell.href(path)} aria-current={on ? "page" : undefined}>
          {label}
        </a>
      </li>,
    );
  return {
    head: scannedMarkup(
      `<html lang="en"><head>${html(
        <>
          <meta charset="utf-8" />
          <meta http-equiv="Content-Security-Policy" content={SITE_CSP} />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="generator" content="waymark" />
        </>,
      )}`,
    ),
    header: scannedMarkup(
      `${html(
        <>
          <link rel="stylesheet" href={shell.href(sitePaths.css)} />
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`${groupName}: goals and stories`}
            href={shell.href(sitePaths.feed)}
          />
          <script src={shell.href(sitePaths.script)} integrity={SITE_JS_INTEGRITY} defer />
        </>,
      )}</head><body>${html(
        <a class="skip-link" href="#main">
          Skip to content
        </a>,
      )}<header class="site-header">${html(
        <a class="brand" href={shell.href(sitePaths.home)}>
          {groupName}
        </a>,
      )}<nav aria-label="Site"><ul>`,
    ),
    on: nav.map((e) => scannedMarkup(entry(e.path, e.label, true))),
    off: nav.map((e) => scannedMarkup(entry(e.path, e.label, false))),
    main: scannedMarkup(`</ul></nav>${html(<SearchBox />)}</header><main id="main">`),
    end: markupNode(scannedMarkup(end)),
  };
}

/** preact-render-to-string's escaping of text and attribute values. */
export function escapeHtml(text: string): string {
  return /["&<]/.test(text)
    ? text.replace(/["&<]/g, (c) => (c === '"' ? "&quot;" : c === "&" ? "&amp;" : "&lt;"))
    : text;
}
