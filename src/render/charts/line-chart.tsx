import type { ComponentChildren } from "preact";
import { ChartFrame, HEIGHT, MARGIN, WIDTH } from "./chart-frame.js";
import { countTicks, linearScale, round, type Scale, timeTicks } from "./chart-scale.js";

/** One line of a chart: its points (x in ms since the epoch), its CSS class and its name. */
export interface LineSeries {
  /** A class suffix: `line-done` is styled by the site's stylesheet. */
  kind: string;
  label: string;
  points: { x: number; y: number }[];
  /** Drawn as steps (a count that holds between syncs) rather than slopes. */
  step?: boolean;
}

/** A horizontal band, such as a limit's minimum to maximum. */
export interface Band {
  kind: string;
  label: string;
  low: number;
  high: number;
}

/** A vertical marker at one time, such as a period's end or a projected date. */
export interface Marker {
  kind: string;
  label: string;
  x: number;
}

export interface LineChartProps {
  /** Unique on its page: the ids of the title, description and clip path derive from it. */
  id: string;
  title: string;
  /** What the chart shows, in words, for those who cannot see it. */
  desc: string;
  series: LineSeries[];
  bands?: Band[];
  markers?: Marker[];
  /** The last x shown (the line is clipped there); defaults to the last point or marker. */
  xMax?: number;
  /** Extra marks drawn in the plot area under the lines, with the scales. */
  under?: (x: Scale, y: Scale) => ComponentChildren;
}

const M = MARGIN;

/**
 * A line chart as plain SVG, drawn on the server: readable without JavaScript, coloured by the
 * site's stylesheet through classes (the policy forbids inline styles), and named by its title and
 * description. Text goes through Preact, so labels from files or GitHub are escaped.
 */
export function LineChart(props: LineChartProps) {
  const xs = [
    ...props.series.flatMap((s) => s.points.map((p) => p.x)),
    ...(props.markers ?? []).map((m) => m.x),
  ];
  const ys = [
    ...props.series.flatMap((s) => s.points.map((p) => p.y)),
    ...(props.bands ?? []).map((b) => b.high),
  ];
  const x0 = Math.min(...xs);
  const x1 = props.xMax ?? Math.max(...xs);
  const yTicks = countTicks(Math.max(1, ...ys));
  const x = linearScale([x0, x1], [M.left, WIDTH - M.right]);
  const y = linearScale([0, yTicks.at(-1) ?? 1], [HEIGHT - M.bottom, M.top]);
  const clip = `${props.id}-clip`;
  return (
    <ChartFrame id={props.id} title={props.title} desc={props.desc} y={y} yTicks={yTicks}>
      <clipPath id={clip}>
        <rect x={M.left} y={0} width={WIDTH - M.left - M.right} height={HEIGHT - M.bottom} />
      </clipPath>
      <g class="axis">
        {timeTicks(x0, x1).map((t) => (
          <text x={x(t.at)} y={HEIGHT - 8} text-anchor="middle">
            {t.label}
          </text>
        ))}
      </g>
      <g clip-path={`url(#${clip})`}>
        {(props.bands ?? []).map((b) => (
          <rect
            class={`band band-${b.kind}`}
            x={M.left}
            width={WIDTH - M.left - M.right}
            y={y(b.high)}
            height={Math.max(1, round(y(b.low) - y(b.high)))}
          />
        ))}
        {(props.markers ?? []).map((m) => (
          <>
            <line
              class={`marker marker-${m.kind}`}
              x1={x(m.x)}
              x2={x(m.x)}
              y1={M.top}
              y2={HEIGHT - M.bottom}
            />
            <text class="marker-label" x={x(m.x) - 4} y={M.top + 10} text-anchor="end">
              {m.label}
            </text>
          </>
        ))}
        {props.under?.(x, y)}
        {props.series.map((s) => (
          <path
            class={`line line-${s.kind}`}
            d={pathOf(s, x, y)}
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
        ))}
      </g>
    </ChartFrame>
  );
}

function pathOf(series: LineSeries, x: Scale, y: Scale): string {
  return series.points
    .map((p, i) => {
      const prev = series.points[i - 1];
      if (!prev) return `M${x(p.x)},${y(p.y)}`;
      return series.step ? `H${x(p.x)}V${y(p.y)}` : `L${x(p.x)},${y(p.y)}`;
    })
    .join("");
}
