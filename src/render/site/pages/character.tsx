import { FullBody, idsInUse, useBody } from "../components/body-sections.js";
import { Layout } from "../components/layout.js";
import { Breadcrumbs } from "../components/links.js";
import { StoryList } from "../components/story-list.js";
import { pageRoute, type Route } from "../route.js";
import { type SiteIndex, type StorySummary, storySummary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface CharacterView {
  id: string;
  file: string;
  name: string;
  value: string;
  background: string;
  stories: StorySummary[];
}

export function characterRoutes(index: SiteIndex): Route[] {
  const stories = index.ws.vision?.stories ?? [];
  return [...index.characters.values()].map((c) =>
    pageRoute(
      sitePaths.character(c.id),
      {
        id: c.id,
        file: c.file,
        name: c.name,
        value: c.value,
        background: c.background,
        stories: stories.filter((s) => s.characters.includes(c.id)).map(storySummary),
      },
      CharacterPage,
    ),
  );
}

function CharacterPage(view: CharacterView) {
  const body = useBody(view.background, view.file, [], idsInUse(["stories"], {}));
  return (
    <Layout
      path={sitePaths.character(view.id)}
      title={view.name}
      description={`${view.name} values ${view.value}.`}
    >
      <Breadcrumbs trail={[{ path: sitePaths.vision, label: `Vision` }]} current={view.name} />
      <p class="lead">
        {view.name} values <strong>{view.value}</strong>.
      </p>
      <FullBody body={body} />
      <section aria-labelledby="stories">
        <h2 id="stories">Stories with {view.name}</h2>
        {view.stories.length ? (
          <StoryList stories={view.stories} />
        ) : (
          <p class="muted">No stories yet.</p>
        )}
      </section>
    </Layout>
  );
}
