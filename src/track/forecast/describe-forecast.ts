import {
  FORECAST_WEEKS,
  type Forecast,
  MIN_FORECAST_WEEKS,
  type Risk,
} from "./forecast-completion.js";

/** How the forecast is made, in three sentences: the site shows it under every burn-up. */
export const FORECAST_METHOD =
  `The pace is the work done per week over the last ${FORECAST_WEEKS} weeks of syncs (fewer when ` +
  "the history is shorter), and the projected date is when the work left is done at that pace. " +
  "The range runs from the fastest single week's pace to the slowest's. Work added later is not " +
  "foreseen, and nothing is projected from less than two weeks of history.";

const PLURAL = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One plain sentence about a forecast, for the terminal and the site alike. */
export function describeForecast(forecast: Forecast): string {
  switch (forecast.kind) {
    case "no-history":
      return "No sync history yet: a forecast needs the tracking issue's figures from syncs over two weeks.";
    case "untracked":
      return "No forecast: its progress does not come from a tracking issue's sub-issues or checkboxes, the figures each sync records.";
    case "too-little-history":
      return `Too little history for a forecast: ${PLURAL(forecast.syncs, "sync")} over ${PLURAL(forecast.days, "day")}; it needs ${MIN_FORECAST_WEEKS} whole weeks.`;
    case "done":
      return `All ${forecast.total} done.`;
    case "stalled":
      return `Nothing done in the last ${PLURAL(forecast.weeks, "week")}, with ${forecast.remaining} left: no date can be projected.`;
    case "projected": {
      const pace = `${formatPace(forecast.pace)} a week over the last ${PLURAL(forecast.weeks, "week")}`;
      const range =
        forecast.latest === undefined
          ? `from ${forecast.earliest}, with no latest date (a week of the window got nothing done)`
          : forecast.latest === forecast.earliest
            ? "every week of the window went at that pace"
            : `between ${forecast.earliest} and ${forecast.latest}`;
      return `At ${pace}, the ${forecast.remaining} left would be done by ${forecast.date}; ${range}.`;
    }
  }
}

/** Words for a risk, never colour alone. */
export const RISK_LABEL: Record<Risk, string> = {
  done: "Done",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  unknown: "No forecast",
};

/** Why a goal is at risk or off track, against its period's last day. */
export function describeRisk(risk: Risk, end: string | undefined): string {
  const by = end ? ` by the period's end, ${end}` : "";
  switch (risk) {
    case "on-track":
      return `Even at the slowest week's pace it would be done${by}.`;
    case "at-risk":
      return `At the average pace it would be done${by}, but not at the slowest week's.`;
    case "off-track":
      return `At the recent pace it would not be done${by}.`;
    case "done":
      return "Done.";
    case "unknown":
      return end ? "Not enough history to say." : "Its period has no end date.";
  }
}

function formatPace(pace: number): string {
  return Number.isInteger(pace) ? String(pace) : pace.toFixed(1);
}
