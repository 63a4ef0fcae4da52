import type { AreaCount } from "../../track/cache/read-area-history.js";
import { Legend } from "./burn-up-chart.js";
import { FiguresTable } from "./chart-frame.js";
import { LineChart, type LineSeries } from "./line-chart.js";

/** What the focus chart is drawn from: plain data, part of the page's cache key. */
export interface FocusView {
  counts: AreaCount[];
  min: number;
  max: number;
  focusLabel: string;
}

/**
 * Open focus issues at every sync against the focus limit (the band from its minimum to its
 * maximum), with the counts of every pile in a table beneath.
 */
export function FocusChart({ view }: { view: FocusView }) {
  const { counts } = view;
  if (counts.length < 2)
    return (
      <p class="muted chart-none" data-chart="focus">
        The focus count needs two syncs of the triage area; the cache has {counts.length}.
      </p>
    );
  const series: LineSeries[] = [
    {
      kind: "focus",
      label: `Open issues labelled ${view.focusLabel}`,
      step: true,
      points: counts.map((c) => ({ x: Date.parse(c.at), y: c.focus })),
    },
  ];
  const last = counts.at(-1)!;
  const outside = counts.filter((c) => c.focus < view.min || c.focus > view.max).length;
  const desc = `${last.focus} focus issues as of ${last.at.slice(0, 10)}, against a limit of ${view.min} to ${view.max}; ${outside} of ${counts.length} syncs since ${counts[0]!.at.slice(0, 10)} found the count outside it.`;
  return (
    <figure class="chart" data-chart="focus">
      <LineChart
        id="focus-chart"
        title="Focus issues over time"
        desc={desc}
        series={series}
        bands={[{ kind: "limit", label: "Focus limit", low: view.min, high: view.max }]}
      />
      <figcaption>
        <Legend
          series={series}
          bands={[{ kind: "limit", label: `Focus limit, ${view.min} to ${view.max}` }]}
        />
        <p>{desc}</p>
      </figcaption>
      <FiguresTable
        summary="Piles at each sync"
        caption="The triage area's piles at each sync"
        columns={["Sync", "Focus", "OnDeck", "Other", "Uncategorised"]}
        rows={counts.map((c) => [c.at.slice(0, 10), c.focus, c.onDeck, c.other, c.uncategorised])}
      />
    </figure>
  );
}
