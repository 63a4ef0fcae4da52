import type { BurnUpPoint } from "../../track/forecast/burn-up.js";
import { describeForecast, FORECAST_METHOD } from "../../track/forecast/describe-forecast.js";
import type { Forecast } from "../../track/forecast/forecast-completion.js";
import { FiguresTable } from "./chart-frame.js";
import { LineChart, type LineChartProps, type LineSeries, type Marker } from "./line-chart.js";

/** What a burn-up chart is drawn from: plain data, so it can be part of a page's cache key. */
export interface BurnUpView {
  points: BurnUpPoint[];
  forecast: Forecast;
  /** When the last sync finished: the forecast's "now". */
  asOf: string;
  /** The period's last day, YYYY-MM-DD, when it has one. */
  end?: string;
  /** What the figures count, e.g. "sub-issues of rust-lang/rust#123 closed". */
  counts: string;
}

const DAY = 86_400_000;

/**
 * A burn-up: work done and work in scope at every sync, the projection at the recent pace
 * (dashed) and the period's end, with a sentence saying the same and the figures in a table.
 * Without history it says so, and draws nothing.
 */
export function BurnUpChart({ id, name, view }: { id: string; name: string; view: BurnUpView }) {
  const { points, forecast } = view;
  if (points.length < 2)
    return (
      <p class="muted chart-none" data-chart="burn-up">
        {describeForecast(forecast)}
      </p>
    );
  const at = (p: BurnUpPoint) => Date.parse(p.at);
  const series: LineSeries[] = [
    {
      kind: "total",
      label: "In scope",
      step: true,
      points: points.map((p) => ({ x: at(p), y: p.total })),
    },
    {
      kind: "done",
      label: "Done",
      step: true,
      points: points.map((p) => ({ x: at(p), y: p.done })),
    },
  ];
  const last = points.at(-1)!;
  const markers: Marker[] = [];
  const end = view.end ? Date.parse(`${view.end}T23:59:59Z`) : undefined;
  if (end !== undefined) markers.push({ kind: "end", label: "Period ends", x: end });
  const first = at(points[0]!);
  const now = Date.parse(view.asOf);
  let xMax = Math.max(now, end ?? now);
  let range: LineChartProps["under"];
  if (forecast.kind === "projected") {
    const target = Date.parse(`${forecast.date}T12:00:00Z`);
    series.push({
      kind: "forecast",
      label: "Forecast",
      points: [
        { x: now, y: last.done },
        { x: target, y: last.total },
      ],
    });
    const earliest = Date.parse(`${forecast.earliest}T12:00:00Z`);
    const latest = forecast.latest
      ? Date.parse(`${forecast.latest}T12:00:00Z`)
      : now + 100 * 365 * DAY;
    range = (x, y) => (
      <polygon
        class="forecast-range"
        points={`${x(now)},${y(last.done)} ${x(earliest)},${y(last.total)} ${x(latest)},${y(last.total)}`}
      />
    );
    // Show the projected date, but never squeeze the history into a sliver for a far-off one.
    xMax = Math.max(xMax, Math.min(target + 7 * DAY, now + 2 * (now - first)));
  }
  const desc = `${view.counts}: ${last.done} of ${last.total} done as of ${view.asOf.slice(0, 10)}, from ${points.length} syncs since ${points[0]!.at.slice(0, 10)}. ${describeForecast(forecast)}`;
  return (
    <figure class="chart" data-chart="burn-up">
      <LineChart
        id={id}
        title={`Burn-up of ${name}`}
        desc={desc}
        series={series}
        markers={markers}
        xMax={xMax}
        under={range}
      />
      <figcaption>
        <Legend series={series} markers={markers} range={range !== undefined} />
        <p>{describeForecast(forecast)}</p>
        <p class="muted">{FORECAST_METHOD}</p>
      </figcaption>
      <FiguresTable
        summary="Figures at each sync"
        caption={`Burn-up figures of ${name}`}
        columns={["Sync", "Done", "In scope"]}
        rows={points.map((p) => [p.at.slice(0, 10), p.done, p.total])}
      />
    </figure>
  );
}

/** The key: a swatch per line (shape and words, not colour alone). */
export function Legend(props: {
  series: LineSeries[];
  markers?: Marker[];
  range?: boolean;
  bands?: { kind: string; label: string }[];
}) {
  const { series, markers = [] } = props;
  return (
    <ul class="chart-legend">
      {series.map((s) => (
        <li>
          <span class={`swatch swatch-${s.kind}`} aria-hidden="true" /> {s.label}
        </li>
      ))}
      {(props.bands ?? []).map((b) => (
        <li>
          <span class={`swatch swatch-${b.kind}`} aria-hidden="true" /> {b.label}
        </li>
      ))}
      {props.range && (
        <li>
          <span class="swatch swatch-range" aria-hidden="true" /> Range, fastest to slowest week
        </li>
      )}
      {markers.map((m) => (
        <li>
          <span class={`swatch swatch-marker-${m.kind}`} aria-hidden="true" /> {m.label}
        </li>
      ))}
    </ul>
  );
}
