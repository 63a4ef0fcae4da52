import { z } from "zod";

/**
 * Calendar dates as YYYY-MM-DD strings, computed in UTC so the time zone never shifts a day.
 * In the model so that every later stage (track's update cadences, the site's meetings) shares them.
 */

const DAY = 86_400_000;

export function toTime(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

const ISO_DATE = z.iso.date();

/** A YYYY-MM-DD date that exists (2024-02-30 does not), by the schemas' own rule. */
export function isIsoDate(date: string): boolean {
  return ISO_DATE.safeParse(date).success;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * DAY).toISOString().slice(0, 10);
}
