import fc from "fast-check";
import type { ComponentChildren } from "preact";
import { describe, expect, it } from "vitest";
import { propertyRuns } from "../../../../test/helpers/property-runs.js";
import { SITE_CSP, SITE_JS_INTEGRITY } from "../content-security-policy.js";
import { renderPage } from "../route.js";
import { Shell, type ShellData, useShell } from "../shell.js";
import { sitePaths } from "../site-paths.js";
import { Layout, type LayoutProps } from "./layout.js";
import { SearchBox } from "./search-box.js";

/** The frame as it was written before it was rendered once per shell: the oracle. */
function JsxLayout({ path, title, description, children }: LayoutProps) {
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

const shellOf = (data: Pick<ShellData, "base" | "groupName" | "nav">) =>
  new Shell({ ...data, people: {}, teams: {}, paths: [], pageOfFile: {}, copied: {}, anchors: {} });

/** Text with what HTML escapes, and what a title may hold. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "G", 'a "b" & <c>', "'x' > y", "</title><script>x</script>", "é 🦀 ·"),
);
const sitePath = fc.constantFrom("/", "/roadmap/", "/goals/a/", "/periods/", "/people/x/", "/a&b/");

describe("Layout", () => {
  it("renders what the frame written as JSX renders", () => {
    fc.assert(
      fc.property(
        fc.record({
          base: fc.constantFrom("/", "/repo/", '/a"b&/'),
          groupName: text,
          nav: fc.array(fc.record({ path: sitePath, label: text }), { maxLength: 4 }),
        }),
        fc.record({ path: sitePath, title: text, description: fc.option(text) }),
        fc.oneof(text, fc.constant(null)),
        (data, page, body) => {
          const shell = shellOf(data);
          const props = { ...page, description: page.description ?? undefined };
          const children: ComponentChildren = body === null ? <p>body</p> : body;
          const made = (L: typeof Layout) => renderPage(shell, <L {...props}>{children}</L>);
          // Twice: the frame is made on the first page of a shell, and reused.
          expect(made(Layout)).toBe(made(JsxLayout));
          expect(made(Layout)).toBe(made(JsxLayout));
        },
      ),
      propertyRuns(300),
    );
  });

  it("escapes a page's text, its children included", () => {
    const shell = shellOf({ base: "/", groupName: "G", nav: [{ path: "/", label: "Home" }] });
    const html = renderPage(
      shell,
      <Layout path="/" title="<b>&" description={'"x"'}>
        {"<script>alert(1)</script>"}
      </Layout>,
    );
    expect(html).toContain('<meta name="description" content="&quot;x&quot;"/>');
    expect(html).toContain("<h1>&lt;b>&amp;</h1>&lt;script>alert(1)&lt;/script></main>");
    expect(html).toContain('<a href="/" aria-current="page">Home</a>');
  });
});
