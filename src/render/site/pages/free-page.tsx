import { FullBody, idsInUse, useBody } from "../components/body-sections.js";
import { Layout } from "../components/layout.js";
import { pageRoute, type Route } from "../route.js";
import { freePages, type SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface FreePageView {
  file: string;
  title: string;
  body: string;
}

/** Every other Markdown page of the workspace, published as written. */
export function freePageRoutes(index: SiteIndex): Route[] {
  return freePages(index.ws).map((p) =>
    pageRoute(
      sitePaths.page(p.file),
      { file: p.file, title: p.title, body: index.expand(p.file, p.body) },
      FreePage,
    ),
  );
}

function FreePage(view: FreePageView) {
  const body = useBody(view.body, view.file, [], idsInUse([], {}));
  return (
    <Layout path={sitePaths.page(view.file)} title={view.title}>
      <FullBody body={body} />
    </Layout>
  );
}
