import { type MeetingDay, meetingDayText, parseEvery, parseMeetingDay } from "./cadence-rule.js";

/** A problem between a cadence's fields, as the schema reports it: where, what, and a hint. */
export interface CadenceProblem {
  path: PropertyKey[];
  /** Starts "expected …": the schema's messages read "Unexpected X for `key`, expected …". */
  message: string;
  params: { hint: string };
}

interface CadenceFields {
  every: string | number;
  on?: string | string[];
  anchor?: string;
}

/**
 * What the fields of one cadence say against each other: a monthly rotation needs the weeks of
 * the month it meets in, a cadence of weeks meets on one weekday, and its anchor falls on it.
 * Each field on its own has already passed the schema.
 */
export function cadenceProblems(c: CadenceFields): CadenceProblem[] {
  const every = parseEvery(c.every);
  if (!every) return [];
  const texts = c.on === undefined ? [] : Array.isArray(c.on) ? c.on : [c.on];
  const days = texts.map(parseMeetingDay).filter((d): d is MeetingDay => d !== undefined);
  const onPath = (i: number) => (Array.isArray(c.on) ? ["on", i] : ["on"]);
  if ("months" in every) {
    if (!days.length)
      return [
        problem(["every"], "expected `on` beside a monthly cadence, naming its day", MONTHLY_HINT),
      ];
    const weekly = days.findIndex((d) => d.week === undefined);
    return weekly < 0
      ? []
      : [
          problem(
            onPath(weekly),
            "expected a week of the month for a monthly cadence",
            MONTHLY_HINT,
          ),
        ];
  }
  if (!days.length) return anchorProblems(c, days);
  if (days.length > 1)
    return [
      problem(
        ["on"],
        "expected one weekday for a cadence of weeks",
        "Give each weekday a cadence of its own, or use `every: month` with weeks of the month.",
      ),
    ];
  const day = days[0]!;
  if (day.week !== undefined)
    return [
      problem(
        onPath(0),
        "expected a weekday alone for a cadence of weeks",
        "Use `every: month` for a monthly rotation such as first Thursday.",
      ),
    ];
  if (every.days % 7 !== 0)
    return [
      problem(
        ["on"],
        `expected no \`on\` for a cadence of ${every.days} days, which moves through the week`,
        "Remove `on` and give an `anchor` date, or meet every N weeks.",
      ),
    ];
  return anchorProblems(c, days);
}

const MONTHLY_HINT =
  "Name the week of the month and the weekday, such as `on: first Thursday` or `on: [first Tuesday, third Tuesday]`.";

/** An anchor must fall on the weekday `on` names. */
function anchorProblems(c: CadenceFields, days: MeetingDay[]): CadenceProblem[] {
  const day = days[0];
  if (!c.anchor || !day) return [];
  const actual = new Date(`${c.anchor}T00:00:00Z`).getUTCDay();
  if (actual === day.weekday) return [];
  return [
    problem(
      ["anchor"],
      `expected a ${meetingDayText(day)}, the day \`on\` names (${c.anchor} is a ${meetingDayText({ weekday: actual })})`,
      "Move the anchor to a meeting day, or change `on`.",
    ),
  ];
}

function problem(path: PropertyKey[], message: string, hint: string): CadenceProblem {
  return { path, message, params: { hint } };
}
