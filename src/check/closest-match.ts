import { editDistance } from "../model/validate.js";

/**
 * The candidate nearest to `value`, when it is close enough to be a likely typo: for "did you mean"
 * hints. Case is ignored, so `Alice` suggests `alice`.
 */
export function closestMatch(
  value: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(value.length / 3)),
): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
