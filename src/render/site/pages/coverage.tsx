import type { StoryKind } from "../../../model/types.js";
import { DataTable } from "../components/data-table.js";
import { Layout } from "../components/layout.js";
import { Joined, PageLink } from "../components/links.js";
import { StoryKindBadge } from "../components/story-list.js";
import { pageRoute, type Route } from "../route.js";
import type { SiteIndex } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface CoverageRow {
  id: string;
  title: string;
  kind: StoryKind;
  characters: string[];
  goals: { id: string; title: string }[];
}

interface CoverageView {
  characters: { id: string; name: string }[];
  stories: CoverageRow[];
}

/** Characters × stories and stories × goals, with the status-quo stories no goal answers yet. */
export function coverageRoutes(index: SiteIndex): Route[] {
  const vision = index.ws.vision;
  if (!vision) return [];
  const view: CoverageView = {
    characters: [...index.characters.values()].map((c) => ({ id: c.id, name: c.name })),
    stories: [...index.stories.values()].map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      characters: s.characters,
      goals: s.goals.flatMap((g) => {
        const item = index.items.get(g);
        return item ? [{ id: item.id, title: item.title }] : [];
      }),
    })),
  };
  return [pageRoute(sitePaths.coverage, view, CoveragePage)];
}

function CoveragePage(view: CoverageView) {
  const unaddressed = view.stories.filter((s) => s.kind === "status-quo" && !s.goals.length);
  const statusQuo = view.stories.filter((s) => s.kind === "status-quo").length;
  return (
    <Layout
      path={sitePaths.coverage}
      title="Coverage"
      description="Which stories each character appears in, and which goals answer each story."
    >
      <p class="lead">
        Every status quo story names a problem; the roadmap should answer each one with a goal.{" "}
        {unaddressed.length
          ? `${unaddressed.length} of ${statusQuo} status quo ${statusQuo === 1 ? "story is" : "stories are"} not addressed by any goal yet.`
          : "Every status quo story is addressed by at least one goal."}
      </p>
      {unaddressed.length > 0 && (
        <aside class="callout uncovered-list" aria-labelledby="unaddressed">
          <h2 id="unaddressed">Not addressed yet</h2>
          <ul>
            {unaddressed.map((s) => (
              <li>
                <PageLink path={sitePaths.story(s.id)}>{s.title}</PageLink>
              </li>
            ))}
          </ul>
        </aside>
      )}
      <section aria-labelledby="characters-by-story">
        <h2 id="characters-by-story">Characters × stories</h2>
        <div class="table-wrap">
          <table class="matrix">
            <thead>
              <tr>
                <th scope="col">Story</th>
                {view.characters.map((c) => (
                  <th scope="col">
                    <PageLink path={sitePaths.character(c.id)}>{c.name}</PageLink>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.stories.map((s) => (
                <tr>
                  <th scope="row">
                    <PageLink path={sitePaths.story(s.id)}>{s.title}</PageLink>
                  </th>
                  {view.characters.map((c) =>
                    s.characters.includes(c.id) ? (
                      <td class="yes">
                        <span aria-hidden="true">●</span>
                        <span class="visually-hidden">Appears</span>
                      </td>
                    ) : (
                      <td class="no">
                        <span class="visually-hidden">Does not appear</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="goals-by-story">
        <h2 id="goals-by-story">Stories × goals</h2>
        <DataTable class="coverage" columns={["Story", "Kind", "Goals that answer it"]}>
          {view.stories.map((s) => {
            const uncovered = s.kind === "status-quo" && !s.goals.length;
            return (
              <tr
                class={uncovered ? "uncovered" : undefined}
                data-covered={uncovered ? "no" : "yes"}
              >
                <th scope="row">
                  <PageLink path={sitePaths.story(s.id)}>{s.title}</PageLink>
                </th>
                <td>
                  <StoryKindBadge kind={s.kind} />
                </td>
                <td>
                  {s.goals.length ? (
                    <Joined items={s.goals}>
                      {(g) => <PageLink path={sitePaths.item(g.id)}>{g.title}</PageLink>}
                    </Joined>
                  ) : uncovered ? (
                    <strong class="warning-text">No goal yet</strong>
                  ) : (
                    <span class="muted">None</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>
    </Layout>
  );
}
