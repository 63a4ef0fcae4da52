import { z } from "zod";
import { parseEvery } from "./cadence/cadence-rule.js";

/**
 * How often owners post an update: weekly, every two weeks or every four weeks (issue 9), as
 * people write it, or a number of days. Shared by `updates.every` in waymark.yaml and an item's
 * `update-every` override. The words are those a meeting cadence takes too, and mean the same:
 * the cadence parser (cadence-rule.ts) says how many days each is; this list only says which of
 * them an update cadence accepts (no days, no months), so the JSON schema can list them.
 */
const NAMES = [
  "week",
  "weekly",
  "2 weeks",
  "two weeks",
  "biweekly",
  "fortnightly",
  "4 weeks",
  "four weeks",
] as const;

export const updateEverySchema = z
  .union([z.enum(NAMES), z.number().int().positive().max(366)])
  .describe("weekly, 2 weeks, 4 weeks, or a number of days.");

/** The cadence in days; the schema has already refused anything else. */
export function updateEveryDays(value: string | number): number {
  if (typeof value === "number") return value;
  const every = parseEvery(value);
  return every && "days" in every ? every.days : 28;
}

/** "every week", "every 2 weeks", "every 10 days": a cadence in words, for messages. */
export function describeEvery(days: number): string {
  if (days === 7) return "every week";
  if (days % 7 === 0) return `every ${days / 7} weeks`;
  return days === 1 ? "every day" : `every ${days} days`;
}

/** How a cadence of so many days is written back to a file: its name when it has one. */
export function updateEveryValue(days: number): string | number {
  return ({ 7: "weekly", 14: "2 weeks", 28: "4 weeks" } as Record<number, string>)[days] ?? days;
}
