import type { Item } from "../../model/types.js";
import type { HistoryRow } from "../cache/read-history.js";
import { type BurnUpPoint, itemBurnUp } from "./burn-up.js";
import { type Forecast, forecastCompletion, type Risk, riskOf } from "./forecast-completion.js";

/** One goal's burn-up, its forecast, and how that stands against its period's end. */
export interface GoalForecast {
  id: string;
  title: string;
  period?: string;
  /** The period's last day, YYYY-MM-DD, when it has one. */
  end?: string;
  points: BurnUpPoint[];
  forecast: Forecast;
  risk: Risk;
}

export interface ForecastInput {
  /** Tracking issues' history rows by `owner/repo#N`, oldest first. */
  history: ReadonlyMap<string, HistoryRow[]>;
  /** The last sync's time: the clock the forecast is judged by (the cache knows nothing later). */
  asOf: string;
  /** Each item's period (its own or an ancestor's). */
  periodOf: (item: Item) => string | undefined;
  /** Each period's last day, by period id. */
  ends: ReadonlyMap<string, string>;
}

/** Every goal's forecast, in the order given. Initiatives are left out: they roll up into goals. */
export function forecastGoals(items: readonly Item[], input: ForecastInput): GoalForecast[] {
  return items
    .filter((item) => item.kind === "goal")
    .map((item) => {
      const period = input.periodOf(item);
      const end = period ? input.ends.get(period) : undefined;
      const points = itemBurnUp(item, input.history);
      const forecast: Forecast = isUntracked(item)
        ? { kind: "untracked" }
        : forecastCompletion(points, input.asOf);
      return {
        id: item.id,
        title: item.title,
        ...(period ? { period } : {}),
        ...(end ? { end } : {}),
        points,
        forecast,
        risk: riskOf(forecast, end),
      };
    });
}

/** Progress from a source the sync history does not record; none yet (never synced) is not. */
function isUntracked(item: Item): boolean {
  const source = item.progress?.source;
  if (!source) return !item.tracking;
  return source !== "sub-issues" && source !== "checkboxes";
}

/** Goals that may miss their period's end: off track first, then at risk; in the order given. */
export function goalsAtRisk(forecasts: readonly GoalForecast[]): GoalForecast[] {
  return [
    ...forecasts.filter((f) => f.risk === "off-track"),
    ...forecasts.filter((f) => f.risk === "at-risk"),
  ];
}
