import { z } from "zod";
import { cadenceProblems } from "./cadence/cadence-problems.js";
import { parseEvery, parseMeetingDay } from "./cadence/cadence-rule.js";
import { MAX_ISSUE_NUMBER, parseIssueNumber } from "./issue-number.js";
import { isTimeZone, nearestTimeZone } from "./time-zone.js";
import { RULE_LEVELS, SLATE_STATUSES, STATES, STORY_KINDS } from "./types.js";
import { updateEverySchema } from "./update-every.js";

/**
 * The native workspace format, one schema per file kind. Keys are kebab-case as people type them;
 * the layout maps them onto the camelCase model. `schema/*.json` is generated from these.
 */

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const id = z
  .string()
  .regex(ID_PATTERN, "expected lowercase letters, digits, '.', '_' or '-'")
  .describe("Stable identifier: lowercase letters, digits, '.', '_' and '-'.");
/**
 * People handles and team ids (map keys and references): GitHub-like names. A leading letter or
 * digit keeps out `__proto__` and friends, which a plain object would swallow silently.
 */
export const HANDLE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HANDLE_EXPECTED =
  "expected letters, digits, '.', '_' or '-', starting with a letter or digit";
const handle = z.string().regex(HANDLE_PATTERN, HANDLE_EXPECTED);
/** A map key from a file that is free text (a reference label), minus the one JS treats specially. */
const safeKey = z
  .string()
  .refine((key) => key !== "__proto__", "expected a key other than __proto__");
/** A calendar date that exists: zod's ISO date knows month lengths and leap years. */
const isoDate = z.iso
  .date({ error: "expected a date as YYYY-MM-DD that exists" })
  .describe("A date, YYYY-MM-DD.");
const timeZone = z
  .string()
  .superRefine((name, ctx) => {
    if (isTimeZone(name)) return;
    const near = nearestTimeZone(name);
    ctx.addIssue({
      code: "custom",
      message: "expected an IANA time zone such as Europe/Berlin or UTC",
      params: {
        hint: near ? `Did you mean \`${near}\`?` : "Use a name from the IANA time zone database.",
      },
    });
  })
  .describe("An IANA time zone name, such as Europe/Berlin.");
const url = z.string().min(1).describe("An absolute URL or a path relative to this file.");
const link = z.strictObject({ title: z.string().min(1), url });
const oneOrMany = (item: z.ZodString) => z.union([item, z.array(item)]);

export const stateSchema = z.enum(STATES).describe("done, in-progress, help-wanted or paused.");
export const slateStatusSchema = z
  .enum(SLATE_STATUSES)
  .describe("Where the goal stands on its period's slate.");

const teamAsk = z.union([
  z.string().describe("What is asked of the team."),
  z.strictObject({ ask: z.string(), level: z.string().optional() }),
]);

export const itemSchema = z
  .strictObject({
    id: id.optional().describe("Defaults to the file name without .md."),
    title: z.string().min(1),
    "short-title": z.string().min(1).optional(),
    state: stateSchema.optional(),
    status: slateStatusSchema.optional(),
    owners: oneOrMany(handle)
      .optional()
      .describe("People handles or team ids. None means help wanted."),
    teams: z
      .union([z.array(handle), z.record(handle, teamAsk.nullable())])
      .optional()
      .describe("Teams asked for support: a list of ids, or a map from id to what is asked."),
    period: z.string().min(1).optional(),
    theme: z.string().min(1).optional().describe("The id of a flagship theme of the period."),
    progress: z
      .union([
        z.string().regex(/^\d+\s*\/\s*\d+$/, "expected done/total, like 2/6"),
        z.enum(["milestones", "sub-issues", "checkboxes"]),
        z
          .strictObject({
            done: z.string().min(1).describe("GitHub search for the done issues."),
            total: z.string().min(1).describe("GitHub search for all of them."),
          })
          .describe("A tracked search: `waymark sync` counts both queries."),
      ])
      .optional()
      .describe(
        "Manual progress as done/total; or the source to count: milestones, sub-issues or checkboxes of the tracking issue, or a tracked search { done, total }. Without it, the first of milestones, sub-issues, checkboxes with figures.",
      ),
    tracking: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+#\d+$/, "expected owner/repo#number")
      .refine(
        (ref) => parseIssueNumber(ref.slice(ref.lastIndexOf("#") + 1)) !== undefined,
        `expected owner/repo#number with a number from 1 to ${MAX_ISSUE_NUMBER}, as GitHub's are`,
      )
      .optional()
      .describe("Tracking issue, owner/repo#N."),
    "update-every": updateEverySchema
      .optional()
      .describe(
        "How often owners post an update on the tracking issue; overrides `updates.every`.",
      ),
    links: z.array(link).optional(),
    order: z.number().int().optional().describe("Position among siblings; lower first."),
    // Written by `waymark import` when the body alone would not say the same (another layout's
    // tables); people write the body sections instead.
    milestones: z
      .array(
        z.strictObject({
          title: z.string().min(1),
          state: stateSchema.optional(),
          participants: oneOrMany(z.string().min(1)).optional(),
          notes: z.string().optional(),
        }),
      )
      .optional()
      .describe("Milestones, when the body has no Milestones table to read them from."),
    impact: z.string().optional().describe("The Impact text, when the body has no Impact section."),
    "help-wanted": z
      .string()
      .optional()
      .describe("The Help wanted text, when the body has no Help wanted section."),
    extra: z
      .record(safeKey, z.unknown())
      .optional()
      .describe("Facts an imported layout keeps that have no field here (champions, funding, …)."),
  })
  .describe("A goal or initiative: front matter of a Markdown file under goals/.");

const theme = z.strictObject({
  id,
  title: z.string().min(1),
  summary: z.string().optional(),
  narrative: z.string().optional().describe("Set by `waymark import`; else a `## title` section."),
  owners: z.array(handle).optional().describe("The theme's point of contact."),
});

/** When each phase of a slate's cycle starts (src/model/period-phases.ts). */
const phases = z
  .strictObject({
    proposals: isoDate.optional().describe("The call for proposals opens."),
    review: isoDate.optional().describe("The readiness review with the teams starts."),
    rfc: isoDate.optional().describe("The RFC of the slate is opened."),
    accepted: isoDate.optional().describe("The teams accept the slate."),
    running: isoDate.optional().describe("The goals are at work; defaults to `start`."),
    closed: isoDate.optional().describe("The period is over; defaults to the day after `end`."),
  })
  .describe(
    "When each phase of the slate's cycle starts, in order: proposals, review, rfc, accepted, running, closed.",
  );

export const periodSchema = z
  .strictObject({
    id: id.optional().describe("Defaults to the file name, e.g. 2024h2."),
    title: z.string().min(1).optional(),
    state: z.enum(["draft", "accepted"]).default("draft"),
    start: isoDate.optional(),
    end: isoDate.optional(),
    phases: phases.optional(),
    themes: z.array(theme).optional().describe("Flagship themes; narratives are ## sections."),
    intro: z
      .string()
      .optional()
      .describe("Set by `waymark import`; else the text before the first ##."),
    other: z.string().optional().describe("Set by `waymark import`; else the 'other 90%' section."),
  })
  .describe("A period's goal slate: front matter of periods/<id>.md.");

export const visionSchema = z
  .strictObject({
    title: z.string().min(1).optional(),
    tenets: z
      .array(
        z.union([
          z.string(),
          z.strictObject({ title: z.string(), description: z.string().optional() }),
        ]),
      )
      .optional(),
    schedule: z
      .array(
        z.strictObject({
          phase: z.string().min(1),
          start: isoDate.optional(),
          end: isoDate.optional(),
        }),
      )
      .optional()
      .describe("The revision schedule: phases with dates."),
    intro: z.string().optional().describe("Set by `waymark import`; else read from the body."),
  })
  .describe("The vision document: front matter of vision/README.md.");

export const characterSchema = z
  .strictObject({
    id: id.optional(),
    name: z.string().min(1),
    value: z.string().min(1).describe("The value the character stands for."),
  })
  .describe("A character of the vision: vision/characters/<id>.md.");

const source = z.union([
  z.string().min(1),
  z.strictObject({ title: z.string().min(1), url: url.optional() }),
]);

export const storySchema = z
  .strictObject({
    id: id.optional(),
    title: z.string().min(1),
    kind: z
      .enum(STORY_KINDS)
      .optional()
      .describe("Defaults to the folder: status-quo/ or shiny-future/."),
    characters: oneOrMany(z.string().min(1)).optional(),
    sources: z
      .array(source)
      .optional()
      .describe("Interviews, posts and tweets the story rests on."),
    goals: z
      .array(z.string().min(1))
      .optional()
      .describe("Goals or initiatives the story motivates."),
    retells: z
      .array(z.string().min(1))
      .optional()
      .describe("Status-quo stories a shiny-future story retells."),
  })
  .describe("A vision story: vision/stories/<kind>/<id>.md.");

export const pageSchema = z
  .looseObject({ title: z.string().optional() })
  .describe("Any other Markdown page; front matter is free.");

const person = z.strictObject({ name: z.string().optional(), url: url.optional() }).nullable();
const team = z
  .strictObject({
    name: z.string().optional(),
    url: url.optional(),
    asks: z
      .array(z.string().min(1))
      .optional()
      .describe("What the team can be asked (readiness-unknown-ask); none means anything."),
  })
  .nullable();
const limit = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^\d+\s*(-|to)\s*\d+$/, "expected a range like 3-5"),
  z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
]);

const meetingDay = z.string().superRefine((value, ctx) => {
  if (parseMeetingDay(value)) return;
  ctx.addIssue({
    code: "custom",
    message: "expected a weekday such as Thursday, or a week of the month such as first Thursday",
    params: {
      hint: "Write a weekday, led for monthly cadences by first, second, third, fourth or last.",
    },
  });
});

const cadence = z
  .strictObject({
    title: z.string().min(1).optional(),
    every: z
      .union([z.string(), z.number()])
      .superRefine((value, ctx) => {
        if (parseEvery(value)) return;
        ctx.addIssue({
          code: "custom",
          message: "expected week, N weeks, month, or a number of days",
          params: { hint: "For example `every: week`, `every: 2 weeks` or `every: month`." },
        });
      })
      .describe("week, 2 weeks (any number of weeks), month, or a number of days."),
    on: z
      .union([meetingDay, z.array(meetingDay).min(1)])
      .optional()
      .describe(
        "The day it meets: a weekday (Thursday), or for `every: month` a week of the month (first Thursday, last Friday; a list for several).",
      ),
    anchor: isoDate.optional().describe("The date of one meeting; the others follow from it."),
    time: z.iso
      .time({ precision: -1, error: "expected a time as HH:MM, from 00:00 to 23:59" })
      .optional(),
    timezone: timeZone.optional(),
    duration: z.number().int().positive().optional().describe("Minutes."),
    where: z.union([url, link]).optional(),
    agenda: z.array(z.string()).optional(),
  })
  .superRefine((c, ctx) => {
    for (const problem of cadenceProblems(c)) ctx.addIssue({ code: "custom", ...problem });
  });

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    layout: z.enum(["waymark", "rust-project-goals", "wg-async"]).optional(),
    group: z.strictObject({
      name: z.string().min(1),
      mission: z.string().optional(),
      status: z.string().optional(),
      leads: z.array(handle).optional(),
      focus: z.string().optional(),
      chat: link.optional(),
      meetings: link.optional(),
      videos: link.optional(),
      repositories: z
        .array(z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/repo"))
        .optional(),
      links: z.array(link).optional(),
      checklist: z
        .array(z.strictObject({ text: z.string().min(1), state: z.enum(["done", "in-progress"]) }))
        .optional(),
      "future-areas": z.array(z.string()).optional(),
      involvement: z.string().optional(),
    }),
    people: z.record(handle, person).optional(),
    teams: z.record(handle, team).optional(),
    periods: z
      .array(
        z.strictObject({
          id,
          title: z.string().optional(),
          start: isoDate.optional(),
          end: isoDate.optional(),
          phases: phases.optional(),
        }),
      )
      .optional(),
    triage: z
      .strictObject({
        repositories: z
          .array(
            z.string().regex(/^[\w.-]+(\/[\w.-]+)?$/, "expected owner/repo or an organisation"),
          )
          .min(1)
          .describe(
            "Where the area's issues live: repositories (owner/repo) or whole organisations (rust-lang), as seed 003's org-wide searches.",
          ),
        "area-label": z.string().min(1),
        labels: z.strictObject({
          focus: z.string().min(1),
          "on-deck": z.string().min(1),
          other: z.string().min(1),
        }),
        "focus-limit": limit.optional(),
        "on-deck-limit": z.number().int().positive().optional(),
        agenda: z.array(z.string()).optional(),
        "stall-days": z
          .strictObject({
            yellow: z.number().int().positive(),
            red: z.number().int().positive(),
          })
          .optional()
          .describe(
            "Days without activity after which a focus issue is marked stalled: yellow, then red (default 7 and 14).",
          ),
      })
      .optional(),
    cadences: z.record(handle, cadence).optional(),
    references: z
      .record(safeKey, url)
      .optional()
      .describe(
        "Reference definitions every page may use without defining them: label to URL, as an mdBook preprocessor provides.",
      ),
    github: z
      .strictObject({
        api: z
          .string()
          .regex(/^https?:\/\/[^\s/@]+(\/\S*)?$/, "expected an http(s) URL")
          .optional()
          .describe(
            "The REST API URL: https://api.github.com (the default), or https://HOST/api/v3 for GitHub Enterprise Server.",
          ),
        issues: z
          .strictObject({
            repository: z
              .string()
              .regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/repo")
              .optional()
              .describe("Where `waymark issues` opens new tracking issues, as owner/repo."),
            labels: z
              .array(z.string().min(1))
              .optional()
              .describe("Labels every tracking issue carries; waymark only ever adds them."),
            milestone: z
              .string()
              .min(1)
              .optional()
              .describe(
                "The milestone's title; {period} stands for the period's id (the default).",
              ),
          })
          .optional()
          .describe(
            "What `waymark issues` gives the tracking issues of a period's accepted goals.",
          ),
      })
      .optional()
      .describe("Where `waymark sync` and `waymark issues` reach GitHub."),
    updates: z
      .strictObject({
        every: updateEverySchema.optional(),
        marker: z
          .string()
          .trim()
          .min(1)
          .optional()
          .describe("Text that makes any comment an update (default `TL;DR:`)."),
      })
      .optional()
      .describe(
        "Updates on tracking issues: how often owners post one (weekly, 2 weeks, 4 weeks), and the marker of an update by someone else.",
      ),
    rules: z
      .record(safeKey, z.enum(RULE_LEVELS).describe("off, warning or error."))
      .optional()
      .describe("Severity overrides by rule id (docs/rules.md): off, warning or error."),
  })
  .describe(
    "waymark.yaml: the group, its people, teams, periods, triage, meetings, shared references and rule severities.",
  );

export type ConfigInput = z.infer<typeof configSchema>;
export type ItemInput = z.infer<typeof itemSchema>;
export type PeriodInput = z.infer<typeof periodSchema>;
export type VisionInput = z.infer<typeof visionSchema>;
export type CharacterInput = z.infer<typeof characterSchema>;
export type StoryInput = z.infer<typeof storySchema>;
