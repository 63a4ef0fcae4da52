/**
 * The words of a cadence in waymark.yaml: how often it meets (`every`) and on which day (`on`).
 * Pure parsers shared by the schema (which reports what they reject) and the model.
 */

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** iCalendar's two-letter weekday codes, by `Date#getUTCDay()` order. */
export const ICAL_WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  last: -1,
};

/** How often a cadence meets: a number of days, or monthly on named weekdays. */
export type Every = { days: number } | { months: 1 };

const EVERY_WORDS: Record<string, Every> = {
  day: { days: 1 },
  daily: { days: 1 },
  week: { days: 7 },
  weekly: { days: 7 },
  "two weeks": { days: 14 },
  biweekly: { days: 14 },
  fortnightly: { days: 14 },
  "four weeks": { days: 28 },
  month: { months: 1 },
  monthly: { months: 1 },
};

/** `week`, `2 weeks`, `monthly`, or a number of days; undefined for anything else. */
export function parseEvery(value: string | number): Every | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value > 0 ? { days: value } : undefined;
  const text = value.trim().toLowerCase().replace(/\s+/g, " ");
  const word = EVERY_WORDS[text];
  if (word) return word;
  const weeks = text.match(/^(\d{1,2}) weeks?$/);
  if (weeks && Number(weeks[1]) > 0) return { days: Number(weeks[1]) * 7 };
  const days = text.match(/^(\d{1,3}) days?$/);
  if (days && Number(days[1]) > 0) return { days: Number(days[1]) };
  return undefined;
}

/** A day a cadence meets on: a weekday (0 = Sunday), and for monthly rotations its week. */
export interface MeetingDay {
  weekday: number;
  /** 1–4 for the first to fourth such weekday of the month, -1 for the last; none for weekly. */
  week?: number;
}

/** "Thursday", "first Thursday", "last friday", "2nd Tuesday"; undefined for anything else. */
export function parseMeetingDay(value: string): MeetingDay | undefined {
  const words = value.trim().toLowerCase().split(/\s+/);
  const dayWord = words.at(-1) ?? "";
  const weekday = WEEKDAYS.findIndex((d) => d === dayWord || d.slice(0, 3) === dayWord);
  if (weekday < 0 || words.length > 2) return undefined;
  if (words.length === 1) return { weekday };
  const week = ORDINALS[words[0]!];
  return week === undefined ? undefined : { weekday, week };
}

/** "first Thursday", "Friday": how the site and agendas name a meeting day. */
export function meetingDayText(day: MeetingDay): string {
  const name = WEEKDAYS[day.weekday]!;
  const cap = name[0]!.toUpperCase() + name.slice(1);
  if (day.week === undefined) return cap;
  const ordinal = day.week === -1 ? "last" : ["first", "second", "third", "fourth"][day.week - 1];
  return `${ordinal} ${cap}`;
}
