import { normalizeHeading } from "../../../model/markdown/sections.js";
import type { SlateStatus, Theme } from "../../../model/types.js";
import {
  PeriodCharts,
  type PeriodChartsView,
  periodChartsView,
} from "../../charts/period-charts.js";
import { updatesPerMonth } from "../../charts/updates-per-month.js";
import { type SlateRow, slateGoals, slateOf } from "../../slate/slate-tables.js";
import { STATUS_LABEL, StatusBadge } from "../components/badges.js";
import { BodySection, Footnotes, idsInUse, useBody } from "../components/body-sections.js";
import { DataTable } from "../components/data-table.js";
import { Layout } from "../components/layout.js";
import { OwnerList, Owners, PageLink, TeamList } from "../components/links.js";
import { Markdown, SanitizedHtml } from "../components/markdown.js";
import { ProgressBar } from "../components/progress-bar.js";
import { type CycleView, cycleView, SlateCycle } from "../components/slate-cycle.js";
import { type ReviewView, reviewView, SlateReview } from "../components/slate-review.js";
import type { MarkdownPart } from "../markdown/render-markdown.js";
import { pageRoute, type Route } from "../route.js";
import type { SiteIndex } from "../site-index.js";
import { segment, sitePaths } from "../site-paths.js";

interface SlateGroupView {
  theme: ThemeView | null;
  rows: SlateRow[];
}

interface PeriodView {
  id: string;
  title: string;
  state: "draft" | "accepted" | null;
  start: string | null;
  end: string | null;
  file: string | null;
  body: string;
  groups: SlateGroupView[];
  notAccepted: SlateRow[];
  counts: { status: SlateStatus | "none"; count: number }[];
  cycle: CycleView | null;
  /** Readiness and team asks, while the slate is in review on the build date. */
  review: ReviewView | null;
  /** Burn-up, forecast and goals at risk, from the sync history; null before a sync. */
  charts: PeriodChartsView | null;
}

const OTHER_90 = /other 90/;

export function periodRoutes(index: SiteIndex): Route[] {
  if (!index.periods.length) return [];
  const views = index.periods.map((known): PeriodView => {
    const page = index.ws.periods.find((p) => p.id === known.id);
    const slate = slateOf(index.ws, known);
    const cycle = cycleView(index.ws, known.id, index.options.date);
    const inReview = cycle?.phases.some((p) => p.id === "review" && p.status === "current");
    return {
      id: known.id,
      title: slate.period.title,
      state: slate.period.state ?? null,
      start: page?.start ?? known.start ?? null,
      end: page?.end ?? known.end ?? null,
      file: page?.file ?? null,
      body: page?.file ? index.expand(page.file, page.body) : (page?.body ?? ""),
      groups: slate.groups.map((g) => ({
        theme: g.theme ? themeView(g.theme, index) : null,
        rows: g.rows,
      })),
      notAccepted: slate.notAccepted,
      counts: slate.counts,
      cycle,
      review: inReview ? reviewView(index.ws, slate) : null,
      charts: periodChartsView(
        slateGoals(slate).flatMap((r) => index.forecasts.get(r.id) ?? []),
        index.options.facts?.asOf,
        page?.end ?? known.end,
        updatesPerMonth(slateGoals(slate).flatMap((r) => index.items.get(r.id) ?? [])),
      ),
    };
  });
  return [
    pageRoute(
      sitePaths.periods,
      { periods: views.map(({ body: _, charts: _c, ...v }) => v) },
      PeriodsIndex,
    ),
    ...views.map((v) => pageRoute(sitePaths.period(v.id), v, PeriodPage)),
  ];
}

function PeriodPage(view: PeriodView) {
  const reserved = idsInUse(["counts-by-status", "not-accepted"], {
    "slate-cycle": view.cycle !== null,
    "slate-review": view.review !== null,
    "flagship-themes": view.groups.some((g) => g.theme),
    forecast: view.charts !== null,
    "goals-at-risk": view.charts !== null,
    "period-updates": view.charts !== null,
  });
  const body = useBody(view.body, view.file ?? "", [], reserved);
  const themes = view.groups.filter((g) => g.theme);
  const other = view.groups.find((g) => !g.theme);
  const used = new Set<MarkdownPart>();
  const sectionFor = (match: (name: string) => boolean) => {
    const part = body.rest.find(
      (p) => !used.has(p) && p.heading && match(normalizeHeading(p.heading.text)),
    );
    if (part) used.add(part);
    return part;
  };
  const placed = themes.map((g) => {
    const names = [normalizeHeading(g.theme!.title), normalizeHeading(g.theme!.id)];
    return { group: g, part: sectionFor((n) => names.includes(n)) };
  });
  const otherPart = sectionFor((n) => OTHER_90.test(n));
  const total = slateGoals(view).length + view.notAccepted.length;
  return (
    <Layout
      path={sitePaths.period(view.id)}
      title={view.title}
      description={`The ${view.title} goal slate.`}
    >
      {view.state !== "accepted" && (
        <div class="banner draft" role="note">
          <strong>Draft.</strong> These goals are still in draft form. They do not represent
          consensus. Expect changes.
        </div>
      )}
      {(view.start || view.end) && (
        <p class="muted">
          {view.start ?? "…"} to {view.end ?? "…"}
        </p>
      )}
      <SanitizedHtml html={body.intro} />
      {view.cycle && <SlateCycle view={view.cycle} />}
      {view.review && <SlateReview view={view.review} />}
      {themes.length > 0 && (
        <section aria-labelledby="flagship-themes">
          <h2 id="flagship-themes">Flagship themes</h2>
          <ul>
            {placed.map(({ group, part }) => (
              <li>
                <a href={`#${themeId(group, part)}`}>
                  <strong>{group.theme!.title}</strong>
                </a>
                {group.theme!.summary && <>: {group.theme!.summary}</>}
              </li>
            ))}
            {other && other.rows.length > 0 && (
              <li>
                <a href={`#${otherPart?.heading?.id ?? "other-90"}`}>
                  <strong>The other 90%</strong>
                </a>
                : standalone goals that do not tie to a flagship theme.
              </li>
            )}
          </ul>
        </section>
      )}
      {placed.map(({ group, part }) => (
        <section aria-labelledby={themeId(group, part)} class="theme">
          <ThemeHeading id={themeId(group, part)} title={group.theme!.title} part={part} />
          <ThemeFacts theme={group.theme!} told={!!part?.html} />
          <SlateTable rows={group.rows} caption={`Goals of ${group.theme!.title}`} />
        </section>
      ))}
      {other && (other.rows.length > 0 || otherPart) && (
        <section aria-labelledby={otherPart?.heading?.id ?? "other-90"} class="theme">
          <ThemeHeading
            id={otherPart?.heading?.id ?? "other-90"}
            title="The other 90%"
            part={otherPart}
          />
          <SlateTable rows={other.rows} caption="Goals of the other 90%" />
        </section>
      )}
      {view.notAccepted.length > 0 && (
        <section aria-labelledby="not-accepted" class="theme">
          <h2 id="not-accepted">Goals not accepted</h2>
          <p class="muted">
            Proposed for this period but not accepted; they ask nothing of any team.
          </p>
          <SlateTable rows={view.notAccepted} caption="Goals not accepted" />
        </section>
      )}
      {view.charts && <PeriodCharts view={view.charts} title={view.title} />}
      {body.rest
        .filter((p) => !used.has(p))
        .map((part) => (
          <BodySection part={part} />
        ))}
      <section aria-labelledby="counts-by-status">
        <h2 id="counts-by-status">Counts by status</h2>
        <DataTable
          class="counts"
          columns={["Status", "Goals"]}
          foot={
            <tr>
              <th scope="row">Total</th>
              <td>{total}</td>
            </tr>
          }
        >
          {view.counts.map((c) => (
            <tr>
              <th scope="row">{c.status === "none" ? "No status" : STATUS_LABEL[c.status]}</th>
              <td>{c.count}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <Footnotes html={body.footnotes} />
    </Layout>
  );
}

/** A flagship theme as its section shows it: who leads it, and the page of its own, if any. */
interface ThemeView {
  id: string;
  title: string;
  summary?: string;
  owners: string[];
  /** The theme's own narrative (a roadmap's Summary), for when the period page tells none. */
  narrative: { markdown: string; source: string } | null;
  /** The site path of the theme's own page (a `roadmap-*.md` file). */
  page: string | null;
}

function themeView(theme: Theme, index: SiteIndex): ThemeView {
  const page = theme.file ? index.shell.pageOfFile[theme.file] : undefined;
  return {
    id: theme.id,
    title: theme.title,
    summary: theme.summary,
    owners: theme.owners ?? [],
    narrative:
      theme.narrative && theme.file ? { markdown: theme.narrative, source: theme.file } : null,
    page: page ?? null,
  };
}

/** A theme's point of contact and the link to its own page, under its heading. */
function ThemeFacts({ theme, told }: { theme: ThemeView; told: boolean }) {
  return (
    <>
      {!told && theme.narrative && (
        <Markdown text={theme.narrative.markdown} source={theme.narrative.source} />
      )}
      {(theme.owners.length > 0 || theme.page) && (
        <p class="theme-facts">
          {theme.owners.length > 0 && (
            <>
              Point of contact: <OwnerList owners={theme.owners} />
            </>
          )}
          {theme.owners.length > 0 && theme.page && " · "}
          {theme.page && (
            <>
              Roadmap: <PageLink path={theme.page}>{theme.title}</PageLink>
            </>
          )}
        </p>
      )}
    </>
  );
}

function themeId(group: SlateGroupView, part: MarkdownPart | undefined): string {
  return part?.heading?.id ?? `theme-${segment(group.theme!.id)}`;
}

/** The theme's heading and narrative as the period page wrote them, or its title alone. */
function ThemeHeading(props: { id: string; title: string; part: MarkdownPart | undefined }) {
  const { part } = props;
  return (
    <>
      {part?.heading ? (
        <h2 id={props.id} dangerouslySetInnerHTML={{ __html: part.heading.html }} />
      ) : (
        <h2 id={props.id}>{props.title}</h2>
      )}
      {part && <SanitizedHtml html={part.html} />}
    </>
  );
}

/**
 * Seed 001's goal table: goal by its full title, status badge, owner or "Owner needed", the teams
 * asked by the goal and its parts, and progress.
 */
function SlateTable({ rows, caption }: { rows: SlateRow[]; caption: string }) {
  if (!rows.length) return <p class="muted">No goals yet.</p>;
  return (
    <DataTable
      class="slate"
      caption={caption}
      columns={["Goal", "Status", "Owner", "Teams", "Progress"]}
    >
      {rows.map((row) => (
        <tr data-status={row.status ?? "none"} data-state={row.state ?? "none"}>
          <th scope="row">
            <PageLink path={sitePaths.item(row.id)}>{row.fullTitle}</PageLink>
          </th>
          <td>
            <StatusBadge status={row.status} />
          </td>
          <td>
            <Owners owners={row.owners} state={row.state} />
          </td>
          <td>
            <TeamList teams={row.teams} />
          </td>
          <td>
            <ProgressBar progress={row.progress} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function PeriodsIndex({ periods }: { periods: Omit<PeriodView, "body" | "charts">[] }) {
  return (
    <Layout path={sitePaths.periods} title="Goal slates" description="Every period's goal slate.">
      <DataTable columns={["Period", "Dates", "State", "Goals"]}>
        {[...periods].reverse().map((p) => (
          <tr>
            <th scope="row">
              <PageLink path={sitePaths.period(p.id)}>{p.title}</PageLink>
            </th>
            <td>{p.start || p.end ? `${p.start ?? "…"} to ${p.end ?? "…"}` : ""}</td>
            <td>{p.state === "accepted" ? "Accepted" : "Draft"}</td>
            <td>{slateGoals(p).length + p.notAccepted.length}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}
