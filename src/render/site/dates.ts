import { toTime } from "../../model/calendar-dates.js";

/** Calendar dates as YYYY-MM-DD strings, computed in UTC so the time zone never shifts a day. */

export { addDays, daysBetween, isIsoDate } from "../../model/calendar-dates.js";

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
