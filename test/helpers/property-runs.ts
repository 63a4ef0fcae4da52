import type fc from "fast-check";

/**
 * fast-check parameters for every property. `npm test` runs each with a fixed seed, so a failure
 * there is the same on every machine and every run. `npm run fuzz` (scripts/fuzz.ts) sets
 * WAYMARK_FUZZ_SCALE: each property then runs that many times more, from a random seed (or
 * WAYMARK_FUZZ_SEED) printed first; fast-check adds the path of any counterexample. Such a case
 * becomes a fixed regression test beside its property.
 */
export const FIXED_SEED = 20_261_130;

export function propertyRuns<T>(numRuns: number): fc.Parameters<T> {
  const scale = Number(process.env.WAYMARK_FUZZ_SCALE);
  if (!(scale > 0)) return { numRuns, seed: FIXED_SEED };
  const runs = Math.ceil(numRuns * scale);
  const seed = Number(process.env.WAYMARK_FUZZ_SEED) || (Math.random() * 2 ** 32) | 0;
  console.info(`fuzz: ${runs} runs from seed ${seed}`);
  return { numRuns: runs, seed };
}
