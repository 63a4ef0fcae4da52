import type { NavNode } from "../../../model/types.js";
import { Layout } from "../components/layout.js";
import { ContentLink, PageLink } from "../components/links.js";
import { pageRoute, type Route } from "../route.js";
import type { SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

/** An entry as the page shows it: the site path of the page its file became, or its own URL. */
interface ContentsEntry {
  title: string;
  path?: string;
  url?: string;
  children: ContentsEntry[];
}

interface ContentsView {
  file: string;
  entries: ContentsEntry[];
}

/** The book's own table of contents, one page, linked from the site's header. */
export function contentsRoutes(index: SiteIndex): Route[] {
  const nav = index.ws.navigation;
  if (!nav) return [];
  const { pageOfFile, copied } = index.shell;
  const toEntry = (node: NavNode): ContentsEntry => ({
    title: node.title,
    path: node.file ? (pageOfFile[node.file] ?? copied[node.file]) : undefined,
    url: node.url,
    children: node.children.map(toEntry),
  });
  const view: ContentsView = { file: nav.file, entries: nav.entries.map(toEntry) };
  return [pageRoute(sitePaths.contents, view, ContentsPage)];
}

function ContentsPage(view: ContentsView) {
  return (
    <Layout path={sitePaths.contents} title="Contents" description="The book's table of contents.">
      <h1>Contents</h1>
      <nav aria-label="Contents" class="contents">
        <Entries entries={view.entries} source={view.file} />
      </nav>
    </Layout>
  );
}

function Entries(props: { entries: ContentsEntry[]; source: string }) {
  return (
    <ol>
      {props.entries.map((entry) => (
        <li>
          {entry.path ? (
            <PageLink path={entry.path}>{entry.title}</PageLink>
          ) : entry.url ? (
            <ContentLink url={entry.url} source={props.source}>
              {entry.title}
            </ContentLink>
          ) : (
            <span class="muted">{entry.title}</span>
          )}
          {entry.children.length > 0 && <Entries entries={entry.children} source={props.source} />}
        </li>
      ))}
    </ol>
  );
}
