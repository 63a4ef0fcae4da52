/** Seed 000's six-segment bar: ▰ for each sixth done, ▱ for the rest. */
export const BAR_SEGMENTS = 6;
const FILLED = "▰";
const EMPTY = "▱";

export interface ProgressCount {
  done: number;
  total: number;
}

/** How many segments are filled: round(done / total × segments), clamped; none without progress. */
export function filledSegments(
  progress: ProgressCount | undefined,
  segments = BAR_SEGMENTS,
): number {
  if (!progress || progress.total <= 0) return 0;
  const filled = Math.round((progress.done / progress.total) * segments);
  return Math.min(segments, Math.max(0, filled));
}

/** The bar itself, e.g. `▰▰▱▱▱▱` for 2/6. */
export function progressBar(progress: ProgressCount | undefined, segments = BAR_SEGMENTS): string {
  const filled = filledSegments(progress, segments);
  return FILLED.repeat(filled) + EMPTY.repeat(segments - filled);
}
