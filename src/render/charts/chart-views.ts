import type { Item, Workspace } from "../../model/types.js";
import { sumBurnUps } from "../../track/forecast/burn-up.js";
import { forecastCompletion } from "../../track/forecast/forecast-completion.js";
import { forecastGoals, type GoalForecast } from "../../track/forecast/forecast-goals.js";
import type { Facts } from "../../track/types.js";
import type { KnownPeriod } from "../status/known-periods.js";
import type { BurnUpView } from "./burn-up-chart.js";

/** Every goal's forecast by id, from the sync history; empty before the first sync. */
export function goalForecasts(
  ws: Workspace,
  facts: Facts | undefined,
  periods: readonly KnownPeriod[],
  periodOf: (item: Item) => string | undefined,
): Map<string, GoalForecast> {
  if (!facts?.asOf || !facts.history) return new Map();
  const ends = new Map(periods.flatMap((p) => (p.end ? [[p.id, p.end] as const] : [])));
  const forecasts = forecastGoals(ws.items, {
    history: facts.history,
    asOf: facts.asOf,
    periodOf,
    ends,
  });
  return new Map(forecasts.map((f) => [f.id, f]));
}

/**
 * An item page's burn-up: its goal forecast drawn, or a sentence saying why there is none.
 * null where a burn-up makes no sense (an initiative, or an item without a tracking issue).
 */
export function itemBurnUpView(
  item: Item,
  forecast: GoalForecast | undefined,
  asOf: string | undefined,
): BurnUpView | { note: string } | null {
  if (item.kind !== "goal" || !item.tracking) return null;
  const source = item.progress?.source;
  if (!asOf) return { note: "No sync history yet: run `waymark sync` to draw a burn-up." };
  if ((source !== "sub-issues" && source !== "checkboxes") || !item.progress?.of || !forecast)
    return {
      note: "No burn-up: the sync history holds a tracking issue's sub-issues and checkboxes, and this goal's progress comes from elsewhere.",
    };
  const counts =
    source === "sub-issues"
      ? `Sub-issues of ${item.progress.of} closed`
      : `Checkboxes ticked in ${item.progress.of}`;
  return {
    points: forecast.points,
    forecast: forecast.forecast,
    asOf,
    ...(forecast.end ? { end: forecast.end } : {}),
    counts,
  };
}

/** A period's burn-up: its goals' burn-ups added up, with a forecast of its own. */
export function periodBurnUpView(
  goals: readonly GoalForecast[],
  asOf: string | undefined,
  end: string | undefined,
): BurnUpView | null {
  const drawn = goals.filter((g) => g.points.length);
  if (!asOf || !drawn.length) return null;
  const points = sumBurnUps(drawn.map((g) => g.points));
  return {
    points,
    forecast: forecastCompletion(points, asOf),
    asOf,
    ...(end ? { end } : {}),
    counts: `The ${drawn.length} of its ${goals.length} goals whose progress the sync history holds`,
  };
}
