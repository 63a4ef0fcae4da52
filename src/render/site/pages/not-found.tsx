import { Layout } from "../components/layout.js";
import { PageLink } from "../components/links.js";
import { pageRoute, type Route } from "../route.js";
import { sitePaths } from "../site-paths.js";

/** The page hosts such as GitHub Pages serve for a missing path. */
export function notFoundRoutes(): Route[] {
  return [pageRoute(sitePaths.notFound, {}, NotFound)];
}

function NotFound() {
  return (
    <Layout path={sitePaths.notFound} title="Page not found">
      <p>
        There is no page here. Try the <PageLink path={sitePaths.roadmap}>roadmap</PageLink> or the{" "}
        <PageLink path={sitePaths.home}>group page</PageLink>.
      </p>
    </Layout>
  );
}
