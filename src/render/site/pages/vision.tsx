import { normalizeHeading } from "../../../model/markdown/sections.js";
import type { Tenet } from "../../../model/types.js";
import { Footnotes, FullBody, idsInUse, useBody } from "../components/body-sections.js";
import { DataTable } from "../components/data-table.js";
import { Layout } from "../components/layout.js";
import { PageLink } from "../components/links.js";
import { SanitizedHtml } from "../components/markdown.js";
import { StoryKindBadge, StoryList } from "../components/story-list.js";
import { formatDate } from "../dates.js";
import type { MarkdownPart } from "../markdown/render-markdown.js";
import { pageRoute, type Route } from "../route.js";
import { type PhaseView, phaseStatuses, scheduleSummary } from "../schedule.js";
import { type SiteIndex, type StorySummary, storySummary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface CharacterCard {
  id: string;
  name: string;
  value: string;
  stories: StorySummary[];
}

interface VisionView {
  title: string;
  file: string;
  body: string;
  tenets: Tenet[];
  schedule: PhaseView[];
  /** The build date the schedule's phases are judged against. */
  date: string;
  characters: CharacterCard[];
  counts: { "status-quo": number; "shiny-future": number; unaddressed: number };
}

export function visionRoutes(index: SiteIndex): Route[] {
  const vision = index.ws.vision;
  if (!vision) return [];
  const stories = vision.stories;
  const view: VisionView = {
    title: vision.title,
    file: vision.file ?? "",
    body: vision.body,
    tenets: vision.tenets,
    schedule: phaseStatuses(vision.schedule, index.options.date),
    date: index.options.date,
    characters: [...index.characters.values()].map((c) => ({
      id: c.id,
      name: c.name,
      value: c.value,
      stories: stories.filter((s) => s.characters.includes(c.id)).map(storySummary),
    })),
    counts: {
      "status-quo": stories.filter((s) => s.kind === "status-quo").length,
      "shiny-future": stories.filter((s) => s.kind === "shiny-future").length,
      unaddressed: stories.filter(
        (s) => s.kind === "status-quo" && !s.goals.some((g) => index.items.has(g)),
      ).length,
    },
  };
  return [pageRoute(sitePaths.vision, view, VisionPage)];
}

function VisionPage(view: VisionView) {
  const reserved = idsInUse(["stories"], {
    tenets: view.tenets.length > 0,
    schedule: view.schedule.length > 0,
    characters: view.characters.length > 0,
  });
  // A body section of the schedule's own name joins it: two regions of one name (axe's
  // landmark-unique) would leave a screen reader two "Status and schedule" to choose from.
  const body = useBody(view.body, view.file, view.schedule.length ? [SCHEDULE] : [], reserved);
  const scheduleProse = body.named.get(normalizeHeading(SCHEDULE));
  return (
    <Layout
      path={sitePaths.vision}
      title={view.title}
      description="The vision: where we are and where we are going."
    >
      <FullBody body={body} footnotes={false} />
      {view.tenets.length > 0 && (
        <section aria-labelledby="tenets">
          <h2 id="tenets">Design tenets</h2>
          <ol class="tenets">
            {view.tenets.map((t) => (
              <li>
                <strong>{t.title}</strong>
                {t.description && <>: {t.description}</>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.characters.length > 0 && (
        <section aria-labelledby="characters">
          <h2 id="characters">Characters</h2>
          <ul class="cards">
            {view.characters.map((c) => (
              <li class="card">
                <h3>
                  <PageLink path={sitePaths.character(c.id)}>{c.name}</PageLink>
                </h3>
                {c.value && (
                  <p>{/[.!?]$/.test(c.value) ? `Wants most: ${c.value}` : `Values ${c.value}.`}</p>
                )}
                {c.stories.length > 0 ? (
                  <StoryList stories={c.stories} />
                ) : (
                  <p class="muted">No stories yet.</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="stories">
        <h2 id="stories">Stories</h2>
        <ul>
          <li>
            <PageLink path={sitePaths.stories("status-quo")}>Status quo stories</PageLink> (
            {view.counts["status-quo"]}): how things are today, from real experiences.{" "}
            <StoryKindBadge kind="status-quo" />
          </li>
          <li>
            <PageLink path={sitePaths.stories("shiny-future")}>Shiny future stories</PageLink> (
            {view.counts["shiny-future"]}): the same experiences as we think they should be.{" "}
            <StoryKindBadge kind="shiny-future" />
          </li>
          <li>
            <PageLink path={sitePaths.coverage}>Coverage</PageLink>: which characters appear in
            which stories, and which goals answer them.{" "}
            {view.counts.unaddressed > 0 &&
              `${view.counts.unaddressed} status quo ${view.counts.unaddressed === 1 ? "story is" : "stories are"} not addressed by any goal yet.`}
          </li>
        </ul>
      </section>
      {view.schedule.length > 0 && (
        <Schedule phases={view.schedule} date={view.date} prose={scheduleProse} />
      )}
      <Footnotes html={body.footnotes} />
    </Layout>
  );
}

const STATUS_TEXT = { past: "Done", current: "Current", upcoming: "Upcoming" } as const;

const SCHEDULE = "Status and schedule";

function Schedule({
  phases,
  date,
  prose,
}: {
  phases: PhaseView[];
  date: string;
  /** The body's own section of this name, its text shown first. */
  prose?: MarkdownPart | undefined;
}) {
  const when = (p: PhaseView) => {
    if (p.start && p.end && p.start !== p.end)
      return `${formatDate(p.start)} – ${formatDate(p.end)}`;
    if (p.end && !p.start) return `until ${formatDate(p.end)}`;
    const day = p.start ?? p.end;
    return day ? formatDate(day) : "";
  };
  return (
    <section aria-labelledby="schedule">
      <h2 id="schedule">{SCHEDULE}</h2>
      {prose && <SanitizedHtml html={prose.html} />}
      <p>
        <strong>{scheduleSummary(phases)}</strong> (as of{" "}
        <time dateTime={date}>{formatDate(date)}</time>)
      </p>
      <DataTable class="schedule" columns={["Phase", "Date", "Status"]}>
        {phases.map((p) => (
          <tr
            class={`phase-${p.status}`}
            aria-current={p.status === "current" ? "step" : undefined}
          >
            <th scope="row">{p.title}</th>
            <td>{when(p)}</td>
            <td>{STATUS_TEXT[p.status]}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
