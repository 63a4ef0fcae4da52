import { ChartFrame, HEIGHT, MARGIN, WIDTH } from "./chart-frame.js";
import { countTicks, linearScale, monthLabel } from "./chart-scale.js";

export interface MonthCount {
  /** YYYY-MM. */
  month: string;
  count: number;
}

export interface BarChartProps {
  id: string;
  title: string;
  desc: string;
  bars: MonthCount[];
}

const M = MARGIN;

/** Counts per month as bars, each with its value written above it: SVG drawn on the server. */
export function BarChart(props: BarChartProps) {
  const ticks = countTicks(Math.max(1, ...props.bars.map((b) => b.count)));
  const y = linearScale([0, ticks.at(-1) ?? 1], [HEIGHT - M.bottom, M.top]);
  const slot = (WIDTH - M.left - M.right) / Math.max(1, props.bars.length);
  const width = Math.max(2, Math.min(48, slot * 0.7));
  // At most about twelve month labels: every other one (or fewer) beyond that.
  const every = Math.ceil(props.bars.length / 12);
  return (
    <ChartFrame id={props.id} title={props.title} desc={props.desc} y={y} yTicks={ticks}>
      {props.bars.map((b, i) => {
        const cx = Math.round((M.left + slot * (i + 0.5)) * 10) / 10;
        return (
          <>
            <rect
              class="bar"
              x={Math.round((cx - width / 2) * 10) / 10}
              y={y(b.count)}
              width={Math.round(width * 10) / 10}
              height={Math.round((y(0) - y(b.count)) * 10) / 10}
            />
            {b.count > 0 && (
              <text class="bar-label" x={cx} y={y(b.count) - 4} text-anchor="middle">
                {b.count}
              </text>
            )}
            {i % every === 0 && (
              <text class="axis-label" x={cx} y={HEIGHT - 8} text-anchor="middle">
                {monthLabel(b.month, i === 0)}
              </text>
            )}
          </>
        );
      })}
    </ChartFrame>
  );
}
