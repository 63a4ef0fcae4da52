/** Milliseconds spent in each named stage, for `bench/` and for anyone asking why a run is slow. */
export type Timings<Stage extends string> = Partial<Record<Stage, number>>;

/** Runs `run`, recording its wall time as `timings[stage]`. */
export async function timed<Stage extends string, T>(
  timings: Timings<Stage>,
  stage: Stage,
  run: () => T | Promise<T>,
): Promise<T> {
  const started = performance.now();
  const value = await run();
  timings[stage] = performance.now() - started;
  return value;
}
