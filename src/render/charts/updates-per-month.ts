import type { Item } from "../../model/types.js";
import type { MonthCount } from "./bar-chart.js";

/**
 * Updates posted per month on the items' tracking issues, from the first month with one to the
 * last (months without any count 0). An issue tracked by two items counts its updates once.
 */
export function updatesPerMonth(items: readonly Item[]): MonthCount[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const item of items)
    for (const update of item.updates?.updates ?? []) {
      if (seen.has(update.url)) continue;
      seen.add(update.url);
      const month = update.date.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const out: MonthCount[] = [];
  for (let m = first; m <= last; m = nextMonth(m))
    out.push({ month: m, count: counts.get(m) ?? 0 });
  return out;
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}
