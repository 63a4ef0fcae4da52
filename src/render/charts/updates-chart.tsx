import { BarChart, type MonthCount } from "./bar-chart.js";

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
      <details>
        <summary>Updates in each month</summary>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Updates per month on {of}'s tracking issues</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Updates</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr>
                  <th scope="row">{b.month}</th>
                  <td>{b.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
