import { BarChart, type MonthCount } from "./bar-chart.js";
import { FiguresTable } from "./chart-frame.js";

/** Updates per month as bars, with the counts in a table beneath; a sentence when there are none. */
export function UpdatesChart({ id, of, bars }: { id: string; of: string; bars: MonthCount[] }) {
  if (!bars.length)
    return (
      <p class="muted chart-none" data-chart="updates">
        No updates on {of}'s tracking issues in the sync cache yet.
      </p>
    );
  const total = bars.reduce((n, b) => n + b.count, 0);
  const busiest = bars.reduce((a, b) => (b.count > a.count ? b : a));
  const desc = `${total} updates from ${bars[0]!.month} to ${bars.at(-1)!.month}; the most, ${busiest.count}, in ${busiest.month}.`;
  return (
    <figure class="chart" data-chart="updates">
      <BarChart
        id={id}
        title={`Updates per month on ${of}'s tracking issues`}
        desc={desc}
        bars={bars}
      />
      <figcaption>
        <p>{desc}</p>
      </figcaption>
      <FiguresTable
        summary="Updates in each month"
        caption={`Updates per month on ${of}'s tracking issues`}
        columns={["Month", "Updates"]}
        rows={bars.map((b) => [b.month, b.count])}
      />
    </figure>
  );
}
