import { editDistance } from "./validate.js";

/**
 * True for a time zone this Node knows (IANA names such as Europe/Berlin, their aliases, UTC):
 * Intl is the authority, so a meeting's zone is one every reader's calendar can use.
 */
export function isTimeZone(name: string): boolean {
  if (!name.trim()) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

let known: string[] | undefined;

/** The known zone nearest to a misspelt one ("Europe/Berln" → Europe/Berlin), if one is close. */
export function nearestTimeZone(name: string): string | undefined {
  known ??= Intl.supportedValuesOf("timeZone");
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let distance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const zone of known) {
    const d = editDistance(wanted, zone.toLowerCase());
    if (d < distance) [best, distance] = [zone, d];
  }
  return best;
}
