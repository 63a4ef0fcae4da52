/** A linear map from data values to SVG coordinates. */
export type Scale = (value: number) => number;

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => round(r0 + ((value - d0) / span) * (r1 - r0));
}

/** Coordinates to a tenth of a unit: shorter SVG, and the same bytes on every machine. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Whole-number ticks from 0 to at least `max`, about `count` of them, on steps of 1, 2 or 5 × 10ⁿ. */
export function countTicks(max: number, count = 4): number[] {
  const top = Math.max(1, max);
  const raw = top / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude);
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) ticks.push(t);
  return ticks;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sep", or "Jan 2027" at a year's start and on the first tick, for a month (YYYY-MM). */
export function monthLabel(month: string, first: boolean): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return first || month.endsWith("-01") ? `${name} ${month.slice(0, 4)}` : name;
}

/** The first day of every month from `from` to `to` (ms), at most about `count` of them. */
export function monthTicks(from: number, to: number, count = 6): { at: number; label: string }[] {
  const start = new Date(from);
  const months: string[] = [];
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    d.getTime() <= to;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  )
    months.push(d.toISOString().slice(0, 7));
  const every = Math.max(1, Math.ceil(months.length / count));
  return months
    .filter((_, i) => i % every === 0)
    .map((m, i) => ({ at: Date.parse(`${m}-01T00:00:00Z`), label: monthLabel(m, i === 0) }));
}

/** Month starts when the span holds two or more, else each week's day ("Sep 7"). */
export function timeTicks(from: number, to: number): { at: number; label: string }[] {
  const months = monthTicks(from, to);
  if (months.length >= 2) return months;
  const week = 7 * 86_400_000;
  const ticks: { at: number; label: string }[] = [];
  for (let at = from; at <= to; at += week) {
    const day = new Date(at).toISOString().slice(0, 10);
    ticks.push({ at, label: `${monthLabel(day.slice(0, 7), false)} ${Number(day.slice(8))}` });
  }
  return ticks.length > 6 ? ticks.filter((_, i) => i % 2 === 0) : ticks;
}
