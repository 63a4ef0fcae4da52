import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import {
  describeForecast,
  describeRisk,
  FORECAST_METHOD,
  RISK_LABEL,
} from "../../track/forecast/describe-forecast.js";
import { type GoalForecast, goalsAtRisk } from "../../track/forecast/forecast-goals.js";
import type { Paint } from "./paint.js";
import { renderTable } from "./text-table.js";

export interface ForecastStatusOptions {
  /** When the last sync finished: the forecasts are judged as of then. */
  asOf: string;
  /** Only this period's goals (its id); all goals otherwise. */
  period?: string;
  json?: boolean;
}

/** One goal at risk, as `status --forecast --json` prints it. */
interface AtRiskJson {
  id: string;
  title: string;
  period: string | null;
  end: string | null;
  risk: string;
  /** The projected date, its range, and the pace; null fields when none could be projected. */
  date: string | null;
  earliest: string | null;
  latest: string | null;
  pacePerWeek: number | null;
  why: string;
}

/**
 * `waymark status --forecast`: the goals that may miss their period's end (off track first, then
 * at risk), each with why; then how many goals have no forecast. Pure: the forecasts in, the text
 * out.
 */
export function renderForecastStatus(
  all: readonly GoalForecast[],
  options: ForecastStatusOptions,
  paint: Paint,
): string {
  const goals = options.period ? all.filter((g) => g.period === options.period) : all;
  const atRisk = goalsAtRisk(goals);
  const unknown = goals.filter((g) => g.risk === "unknown");
  if (options.json) {
    const json = {
      asOf: options.asOf,
      period: options.period ?? null,
      goals: goals.length,
      atRisk: atRisk.map(toJson),
      noForecast: unknown.map((g) => ({ id: g.id, why: describeForecast(g.forecast) })),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const scope = options.period ? ` of ${escapeTerminal(options.period)}` : "";
  const title = paint.title(`Goals${scope} at risk of missing their period's end`);
  const asOf = paint.dim(`(as of the last sync, ${options.asOf.slice(0, 10)})`);
  const table = atRisk.length
    ? renderTable(
        ["Goal", "Risk", "Done by", "Range", "Period ends"],
        atRisk.map((g) => {
          const f = g.forecast.kind === "projected" ? g.forecast : undefined;
          return [
            { text: g.title, paint: paint.goal },
            { text: RISK_LABEL[g.risk] },
            { text: f?.date ?? "never at this pace" },
            { text: f ? `${f.earliest} – ${f.latest ?? "no latest"}` : "" },
            { text: g.end ?? "" },
          ];
        }),
        paint,
      )
    : `None of the ${goals.length - unknown.length} goals with a forecast.\n`;
  const noForecast = unknown.length
    ? paint.dim(
        `\n${unknown.length} goal${unknown.length === 1 ? " has" : "s have"} no forecast (too little sync history, progress not from a tracking issue, or a period without an end).\n`,
      )
    : "";
  return `${title} ${asOf}\n\n${table}${noForecast}\n${paint.dim(FORECAST_METHOD)}\n`;
}

function toJson(g: GoalForecast): AtRiskJson {
  const f = g.forecast.kind === "projected" ? g.forecast : undefined;
  return {
    id: g.id,
    title: g.title,
    period: g.period ?? null,
    end: g.end ?? null,
    risk: g.risk,
    date: f?.date ?? null,
    earliest: f?.earliest ?? null,
    latest: f?.latest ?? null,
    pacePerWeek: f ? Math.round(f.pace * 100) / 100 : null,
    why: `${describeRisk(g.risk, g.end)} ${describeForecast(g.forecast)}`,
  };
}
