import { DataTable } from "../site/components/data-table.js";
import { Layout } from "../site/components/layout.js";
import { PageLink } from "../site/components/links.js";
import { pageRoute, type Route } from "../site/route.js";
import type { SiteIndex } from "../site/site-index.js";
import { sitePaths } from "../site/site-paths.js";
import type { MonthCount } from "./bar-chart.js";
import { FocusChart, type FocusView } from "./focus-chart.js";
import { UpdatesChart } from "./updates-chart.js";
import { updatesPerMonth } from "./updates-per-month.js";

interface ChartsView {
  asOf: string;
  groupName: string;
  focus: FocusView | null;
  updates: MonthCount[];
  /** Each period with goals forecast, and how many of them may miss its end. */
  periods: { id: string; title: string; atRisk: number; goals: number }[];
}

/** /charts/: the workspace's charts in one place, once a sync has filled the cache. */
export function chartsRoutes(index: SiteIndex): Route[] {
  const facts = index.options.facts;
  if (!facts?.asOf) return [];
  const triage = index.ws.config.triage;
  const forecasts = [...index.forecasts.values()];
  const view: ChartsView = {
    asOf: facts.asOf,
    groupName: index.ws.config.group.name,
    focus:
      triage && facts.area?.history
        ? {
            counts: facts.area.history,
            min: triage.focusLimit.min,
            max: triage.focusLimit.max,
            focusLabel: triage.labels.focus,
          }
        : null,
    updates: updatesPerMonth(index.ws.items),
    periods: index.periods.flatMap((p) => {
      const goals = forecasts.filter((f) => f.period === p.id);
      if (!goals.some((g) => g.points.length)) return [];
      const atRisk = goals.filter((g) => g.risk === "at-risk" || g.risk === "off-track").length;
      return [{ id: p.id, title: p.title ?? p.id, atRisk, goals: goals.length }];
    }),
  };
  return [pageRoute(sitePaths.charts, view, ChartsPage)];
}

function ChartsPage(view: ChartsView) {
  return (
    <Layout
      path={sitePaths.charts}
      title="Charts"
      description={`${view.groupName}: focus, updates and burn-ups over time.`}
    >
      <p class="muted">From the sync history, as of the last sync, {view.asOf.slice(0, 10)}.</p>
      {view.focus && (
        <section aria-labelledby="focus-over-time">
          <h2 id="focus-over-time">Focus issues over time</h2>
          <FocusChart view={view.focus} />
        </section>
      )}
      <section aria-labelledby="updates-per-month">
        <h2 id="updates-per-month">Updates per month</h2>
        <UpdatesChart id="updates-chart" of={view.groupName} bars={view.updates} />
      </section>
      <section aria-labelledby="burn-ups">
        <h2 id="burn-ups">Burn-ups and forecasts</h2>
        {view.periods.length ? (
          <DataTable columns={["Period", "Goals", "At risk or off track"]}>
            {view.periods.map((p) => (
              <tr>
                <th scope="row">
                  <PageLink path={`${sitePaths.period(p.id)}#forecast`}>{p.title}</PageLink>
                </th>
                <td>{p.goals}</td>
                <td>{p.atRisk}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p class="muted">
            No period's goals have progress from a tracking issue in the sync history yet; each
            goal's page shows its own burn-up once they do.
          </p>
        )}
      </section>
    </Layout>
  );
}
