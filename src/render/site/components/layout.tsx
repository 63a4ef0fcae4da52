import type { ComponentChildren } from "preact";
import { SITE_CSP, SITE_JS_INTEGRITY } from "../content-security-policy.js";
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

/** The frame of every page: skip link, header with the site nav and search, main, footer. */
export function Layout({ path, title, description, children }: LayoutProps) {
  const shell = useShell();
  const { groupName, nav } = shell.data;
  const fullTitle = title === groupName ? title : `${title} · ${groupName}`;
  const current = (entry: string) =>
    entry === path || (entry !== "/" && path.startsWith(entry)) ? "page" : undefined;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={SITE_CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="waymark" />
        {description && <meta name="description" content={description} />}
        <title>{fullTitle}</title>
        <link rel="stylesheet" href={shell.href(sitePaths.css)} />
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${groupName}: goals and stories`}
          href={shell.href(sitePaths.feed)}
        />
        <script src={shell.href(sitePaths.script)} integrity={SITE_JS_INTEGRITY} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <a class="brand" href={shell.href(sitePaths.home)}>
            {groupName}
          </a>
          <nav aria-label="Site">
            <ul>
              {nav.map((entry) => (
                <li>
                  <a href={shell.href(entry.path)} aria-current={current(entry.path)}>
                    {entry.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <SearchBox />
        </header>
        <main id="main">
          <h1>{title}</h1>
          {children}
        </main>
        <footer class="site-footer">
          <p>
            Published with waymark from the group's roadmap files. Also available as{" "}
            <a href={shell.href(sitePaths.json)}>JSON</a> and an{" "}
            <a href={shell.href(sitePaths.feed)}>Atom feed</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}
