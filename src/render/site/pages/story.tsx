import type { Source, StoryKind } from "../../../model/types.js";
import { FullBody, idsInUse, useBody } from "../components/body-sections.js";
import { DataTable } from "../components/data-table.js";
import { Fact, Facts } from "../components/facts.js";
import { Layout } from "../components/layout.js";
import { Breadcrumbs, ContentLink, Joined, PageLink } from "../components/links.js";
import { KIND_LABEL, StoryKindBadge, StoryList } from "../components/story-list.js";
import { SummaryTable } from "../components/summary-table.js";
import { pageRoute, type Route } from "../route.js";
import {
  type ItemSummary,
  type SiteIndex,
  type StorySummary,
  storySummary,
  summary,
} from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface StoryView {
  id: string;
  file: string;
  title: string;
  kind: StoryKind;
  body: string;
  characters: { id: string; name: string }[];
  sources: Source[];
  goals: ItemSummary[];
  /** The status-quo stories this one retells. */
  retells: StorySummary[];
  /** The shiny-future stories that retell this one. */
  retoldBy: StorySummary[];
}

interface StoryIndexView {
  kind: StoryKind;
  stories: (StorySummary & { characters: { id: string; name: string }[]; goals: number })[];
}

const DESCRIPTION: Record<StoryKind, string> = {
  "status-quo":
    "Status quo stories describe the challenges people face with async today. They are not fiction: each gathers real experiences reported in interviews, blog posts and tweets.",
  "shiny-future":
    "Shiny future stories tell how the same characters will fare once we have improved the experience. Each retells one or more status quo stories.",
};

export function storyRoutes(index: SiteIndex): Route[] {
  const vision = index.ws.vision;
  if (!vision) return [];
  const character = (id: string) => ({ id, name: index.characters.get(id)?.name ?? id });
  const known = <T,>(ids: string[], get: (id: string) => T | undefined) =>
    ids.flatMap((id) => {
      const x = get(id);
      return x ? [x] : [];
    });
  const routes: Route[] = (["status-quo", "shiny-future"] as const).map((kind) =>
    pageRoute(
      sitePaths.stories(kind),
      {
        kind,
        stories: vision.stories
          .filter((s) => s.kind === kind)
          .map((s) => ({
            ...storySummary(s),
            characters: s.characters.map(character),
            goals: s.goals.filter((g) => index.items.has(g)).length,
          })),
      },
      StoryIndex,
    ),
  );
  for (const story of index.stories.values()) {
    const view: StoryView = {
      id: story.id,
      file: story.file,
      title: story.title,
      kind: story.kind,
      body: story.body,
      characters: story.characters.map(character),
      sources: story.sources,
      goals: known(story.goals, (id) => {
        const item = index.items.get(id);
        return item && summary(item);
      }),
      retells: known(story.retells, (id) => {
        const s = index.stories.get(id);
        return s && storySummary(s);
      }),
      retoldBy: vision.stories.filter((s) => s.retells.includes(story.id)).map(storySummary),
    };
    routes.push(pageRoute(sitePaths.story(story.id), view, StoryPage));
  }
  return routes;
}

function StoryIndex(view: StoryIndexView) {
  const title = `${KIND_LABEL[view.kind]} stories`;
  return (
    <Layout path={sitePaths.stories(view.kind)} title={title} description={DESCRIPTION[view.kind]}>
      <p class="lead">{DESCRIPTION[view.kind]}</p>
      {view.stories.length === 0 ? (
        <p class="muted">No stories yet.</p>
      ) : (
        <DataTable columns={["Story", "Characters", "Goals"]}>
          {view.stories.map((s) => (
            <tr>
              <th scope="row">
                <PageLink path={sitePaths.story(s.id)}>{s.title}</PageLink>
              </th>
              <td>
                <CharacterLinks characters={s.characters} />
              </td>
              <td>{s.goals}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>
        <PageLink path={sitePaths.vision}>Back to the vision</PageLink> ·{" "}
        <PageLink
          path={sitePaths.stories(view.kind === "status-quo" ? "shiny-future" : "status-quo")}
        >
          {KIND_LABEL[view.kind === "status-quo" ? "shiny-future" : "status-quo"]} stories
        </PageLink>
      </p>
    </Layout>
  );
}

function CharacterLinks({ characters }: { characters: { id: string; name: string }[] }) {
  return (
    <Joined items={characters}>
      {(c) => <PageLink path={sitePaths.character(c.id)}>{c.name}</PageLink>}
    </Joined>
  );
}

function StoryPage(view: StoryView) {
  const reserved = idsInUse(["facts", "sources"], {
    goals: view.goals.length > 0,
    retellings: view.retells.length + view.retoldBy.length > 0,
  });
  const body = useBody(view.body, view.file, [], reserved);
  return (
    <Layout
      path={sitePaths.story(view.id)}
      title={view.title}
      description={`${KIND_LABEL[view.kind]} story: ${view.title}`}
    >
      <Breadcrumbs
        trail={[
          { path: sitePaths.vision, label: `Vision` },
          { path: sitePaths.stories(view.kind), label: `${KIND_LABEL[view.kind]} stories` },
        ]}
        current={view.title}
      />
      <Facts id="facts">
        <Fact term="Kind">
          <StoryKindBadge kind={view.kind} />
        </Fact>
        {view.characters.length > 0 && (
          <Fact term="Characters">
            <CharacterLinks characters={view.characters} />
          </Fact>
        )}
      </Facts>
      <Retellings view={view} />
      <FullBody body={body} />
      {view.goals.length > 0 && (
        <section aria-labelledby="goals">
          <h2 id="goals">Goals this story motivates</h2>
          <SummaryTable items={view.goals} caption={`Goals motivated by ${view.title}`} />
        </section>
      )}
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        {view.sources.length ? (
          <ul>
            {view.sources.map((s) => (
              <li>
                {s.url ? (
                  <ContentLink url={s.url} source={view.file}>
                    {s.title}
                  </ContentLink>
                ) : (
                  s.title
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No sources recorded.</p>
        )}
      </section>
    </Layout>
  );
}

/** Retelling links go both ways: a shiny future names what it retells; a status quo, its retellings. */
function Retellings({ view }: { view: StoryView }) {
  if (!view.retells.length && !view.retoldBy.length) return null;
  return (
    <section aria-labelledby="retellings" class="callout">
      <h2 id="retellings">{view.retells.length ? "Retells" : "Retold as"}</h2>
      {view.retells.length > 0 && <StoryList stories={view.retells} />}
      {view.retells.length > 0 && view.retoldBy.length > 0 && <p>Retold as:</p>}
      {view.retoldBy.length > 0 && <StoryList stories={view.retoldBy} />}
    </section>
  );
}
