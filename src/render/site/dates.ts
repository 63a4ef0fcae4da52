import { z } from "zod";

/** Calendar dates as YYYY-MM-DD strings, computed in UTC so the time zone never shifts a day. */

const DAY = 86_400_000;

function toTime(date: string): number {
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

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function weekday(date: string): string {
  return WEEKDAYS[new Date(toTime(date)).getUTCDay()]!;
}

/** "2021-03-31" → "March 31, 2021", the same on every machine. */
export function formatDate(date: string): string {
  const d = new Date(toTime(date));
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
