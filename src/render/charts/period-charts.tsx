import {
  describeForecast,
  describeRisk,
  RISK_LABEL,
} from "../../track/forecast/describe-forecast.js";
import { type GoalForecast, goalsAtRisk } from "../../track/forecast/forecast-goals.js";
import { DataTable } from "../site/components/data-table.js";
import { PageLink } from "../site/components/links.js";
import { sitePaths } from "../site/site-paths.js";
import type { MonthCount } from "./bar-chart.js";
import { BurnUpChart, type BurnUpView } from "./burn-up-chart.js";
import { periodBurnUpView } from "./chart-views.js";
import { UpdatesChart } from "./updates-chart.js";

/** A period page's charts: plain data, part of the page's cache key. */
export interface PeriodChartsView {
  burnUp: BurnUpView | null;
  /** Goals that may miss the period's end, worst first. */
  atRisk: Pick<GoalForecast, "id" | "title" | "forecast" | "risk" | "end">[];
  /** Goals of the period with a forecast at all (to tell "none at risk" from "none known"). */
  forecasted: number;
  goals: number;
  /** Updates per month on the period's goals' tracking issues. */
  updates: MonthCount[];
}

export function periodChartsView(
  goals: readonly GoalForecast[],
  asOf: string | undefined,
  end: string | undefined,
  updates: MonthCount[],
): PeriodChartsView | null {
  if (!asOf) return null;
  return {
    burnUp: periodBurnUpView(goals, asOf, end),
    atRisk: goalsAtRisk(goals).map(({ id, title, forecast, risk, end }) => ({
      id,
      title,
      forecast,
      risk,
      ...(end ? { end } : {}),
    })),
    forecasted: goals.filter((g) => g.risk !== "unknown").length,
    goals: goals.length,
    updates,
  };
}

/** The period page's "Progress and forecast" section. */
export function PeriodCharts({ view, title }: { view: PeriodChartsView; title: string }) {
  return (
    <section aria-labelledby="forecast">
      <h2 id="forecast">Progress and forecast</h2>
      {view.burnUp ? (
        <BurnUpChart id="period-burn-up" name={title} view={view.burnUp} />
      ) : (
        <p class="muted chart-none" data-chart="burn-up">
          No burn-up: none of this period's goals has progress from a tracking issue's sub-issues or
          checkboxes in the sync history.
        </p>
      )}
      <h3 id="goals-at-risk">Goals at risk</h3>
      {view.atRisk.length ? (
        <DataTable
          class="at-risk"
          caption="Goals at risk of missing the period's end"
          columns={["Goal", "Forecast", "Why"]}
        >
          {view.atRisk.map((g) => (
            <tr data-risk={g.risk}>
              <th scope="row">
                <PageLink path={sitePaths.item(g.id)}>{g.title}</PageLink>
              </th>
              <td>
                <span class={`risk risk-${g.risk}`}>{RISK_LABEL[g.risk]}</span>
              </td>
              <td>
                {describeRisk(g.risk, g.end)} {describeForecast(g.forecast)}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p data-at-risk="none">
          {view.forecasted
            ? `None: each of the ${view.forecasted} goals with a forecast would be done in time even at its slowest week's pace, or is done.`
            : `No goal of this period has enough sync history for a forecast yet (${view.goals} goals).`}
        </p>
      )}
      <h3 id="period-updates">Updates per month</h3>
      <UpdatesChart id="period-updates-chart" of={title} bars={view.updates} />
    </section>
  );
}
