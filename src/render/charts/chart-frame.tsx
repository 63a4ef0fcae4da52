import type { ComponentChildren } from "preact";
import type { Scale } from "./chart-scale.js";

export const WIDTH = 640;
export const HEIGHT = 240;
/** Room for the axes' labels around the plot area. */
export const MARGIN = { top: 16, right: 16, bottom: 28, left: 40 };

/**
 * Every chart's SVG: an image named by its title and described in words (its `desc`), with the
 * horizontal grid and count labels of `yTicks`; the chart draws the rest inside.
 */
export function ChartFrame(props: {
  id: string;
  title: string;
  desc: string;
  y: Scale;
  yTicks: number[];
  children: ComponentChildren;
}) {
  const { id, y } = props;
  return (
    <svg
      class="chart-svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fill="currentColor"
      font-size="12"
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.desc}</desc>
      <g class="axis">
        {props.yTicks.map((t) => (
          <>
            <line class="grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} />
            <text x={MARGIN.left - 6} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </>
        ))}
      </g>
      {props.children}
    </svg>
  );
}

/** A chart's figures as a table, folded under `summary`: the text alternative to its shape. */
export function FiguresTable(props: {
  summary: string;
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <details>
      <summary>{props.summary}</summary>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map(([first, ...rest]) => (
              <tr>
                <th scope="row">{first}</th>
                {rest.map((cell) => (
                  <td>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
