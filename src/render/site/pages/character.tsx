import { FullBody, idsInUse, useBody } from "../components/body-sections.js";
import { Layout } from "../components/layout.js";
import { Breadcrumbs } from "../components/links.js";
import { InlineMarkdown } from "../components/markdown.js";
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
  // A value of a few words ("Performance") reads as one; a whole sentence (wg-async's answer to
  // "what does Alan want most") is shown as that answer.
  const phrase = !/[.!?]$/.test(view.value);
  const body = useBody(view.background, view.file, [], idsInUse(["stories"], {}));
  return (
    <Layout
      path={sitePaths.character(view.id)}
      title={view.name}
      description={phrase ? `${view.name} values ${view.value}.` : view.value}
    >
      <Breadcrumbs trail={[{ path: sitePaths.vision, label: `Vision` }]} current={view.name} />
      {view.value &&
        (phrase ? (
          <p class="lead">
            {view.name} values <strong>{view.value}</strong>.
          </p>
        ) : (
          <p class="lead">
            <strong>What {view.name} wants most:</strong>{" "}
            <InlineMarkdown text={view.value} source={view.file} />
          </p>
        ))}
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
